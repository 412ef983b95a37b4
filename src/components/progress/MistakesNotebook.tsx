/**
 * 错题本 and 今日复习: wrongly answered questions grouped by capacity (each with its source
 * paragraph), and the FSRS review queue due today. Each item can be retried in place through the
 * renderer seam (./retry-renderer.ts); the outcome is recorded as an attempt with quizId `review`.
 * Questions (stem, source) come from the bank at /data/questions.json, fetched on demand.
 */
import { useEffect, useState } from 'preact/hooks';
import { POWER_IDS, POWERS, type PowerId } from '../../article/powers';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { notebook } from '../../progress/derive';
import { dueToday, reviewSchedule } from '../../progress/review';
import { recordAttempt } from '../../progress/store';
import type { Question } from '../../schemas/question';
import { sourceLink, withBase } from '../../site/paths';
import { RetryQuestion, type RetryOutcome } from './retry-renderer';
import { useProgress } from './use-progress';

const t = makeT(dict);

type Bank =
	{ state: 'loading' } | { state: 'failed' } | { state: 'ok'; byId: Map<string, Question> };

function useBank(): Bank {
	const [bank, setBank] = useState<Bank>({ state: 'loading' });
	useEffect(() => {
		let live = true;
		fetch(withBase('/data/questions.json'))
			.then((r) =>
				r.ok ? (r.json() as Promise<Question[]>) : Promise.reject(new Error(String(r.status))),
			)
			.then((list) => {
				if (live && Array.isArray(list))
					setBank({ state: 'ok', byId: new Map(list.map((q) => [q.id, q])) });
			})
			.catch(() => {
				if (live) setBank({ state: 'failed' });
			});
		return () => {
			live = false;
		};
	}, []);
	return bank;
}

function record(
	questionId: string,
	power: PowerId,
	question: Question | undefined,
	outcome: RetryOutcome,
): void {
	const now = Date.now();
	recordAttempt({
		version: 1,
		quizId: 'review',
		kind: 'custom',
		mode: 'practice',
		seed: 0,
		startedAt: now,
		finishedAt: now,
		questions: [
			{
				questionId,
				power,
				type: question?.type ?? 'single',
				score: outcome.score,
				correct: outcome.correct,
				selfAssessed: outcome.selfAssessed,
				response: outcome.response,
			},
		],
		score: outcome.score,
		maxScore: 1,
		passMark: 1,
		passed: outcome.correct,
	});
}

interface ItemProps {
	questionId: string;
	power: PowerId;
	question: Question | undefined;
	detail: string;
	actionLabel: string;
	onRecorded: (correct: boolean) => void;
}

function Item({ questionId, power, question, detail, actionLabel, onRecorded }: ItemProps) {
	// round 0: closed; each 再做一次 starts a fresh engine instance (key) so every retry is recorded.
	const [round, setRound] = useState(0);
	const [answered, setAnswered] = useState(false);
	const p = question?.source.p;
	return (
		<li class="zz-mistake" data-question={questionId}>
			<p>{question ? question.stem : t('progress.mistakes.unknownQuestion', { id: questionId })}</p>
			<div class="zz-mistake-meta">
				{p ? <a href={sourceLink(p)}>{t('progress.mistakes.source', { n: p.slice(1) })}</a> : null}
				<span>{detail}</span>
				{question && (round === 0 || answered) ? (
					<button
						type="button"
						class="zz-button"
						onClick={() => {
							setRound((r) => r + 1);
							setAnswered(false);
						}}
					>
						{actionLabel}
					</button>
				) : null}
			</div>
			{question && round > 0 ? (
				<RetryQuestion
					key={round}
					question={question}
					onResult={(outcome) => {
						// The engine's feedback stays on screen; the item leaves the list by itself once
						// the store counts two correct answers in a row.
						setAnswered(true);
						record(questionId, power, question, outcome);
						onRecorded(outcome.correct);
					}}
				/>
			) : null}
		</li>
	);
}

export default function MistakesNotebook() {
	const state = useProgress();
	const bank = useBank();
	const [announcement, setAnnouncement] = useState('');
	if (!state.ready) return <p>{t('progress.mistakes.loading')}</p>;
	const { doc } = state;
	const now = Date.now();
	const entries = notebook(doc);
	const due = dueToday(doc, now);
	const next = reviewSchedule(doc).find((item) => item.due > now);
	const question = (id: string) => (bank.state === 'ok' ? bank.byId.get(id) : undefined);
	const onRecorded = (correct: boolean) =>
		setAnnouncement(
			correct ? t('progress.selfCheck.recordedRight') : t('progress.selfCheck.recordedWrong'),
		);

	return (
		<div class="zz-mistakes" data-mistakes>
			<p role="status" aria-live="polite" class="zz-message">
				{announcement}
			</p>
			{bank.state === 'failed' ? (
				<p class="zz-notice">{t('progress.mistakes.loadFailed')}</p>
			) : null}

			<section aria-labelledby="review">
				<h2 id="review">{t('progress.review.title')}</h2>
				<p>{t('progress.review.rule')}</p>
				<p data-due-count={due.length}>
					{due.length
						? t('progress.review.count', { count: due.length })
						: t('progress.review.none')}
				</p>
				{next && due.length === 0 ? (
					<p>
						{t('progress.review.next', { date: new Date(next.due).toLocaleDateString('zh-CN') })}
					</p>
				) : null}
				<ul data-review-list>
					{due.map((item) => (
						<Item
							key={`review-${item.questionId}`}
							questionId={item.questionId}
							power={item.power}
							question={question(item.questionId)}
							detail={POWERS[item.power].name}
							actionLabel={t('progress.review.start')}
							onRecorded={onRecorded}
						/>
					))}
				</ul>
			</section>

			<section aria-labelledby="notebook">
				<h2 id="notebook">{t('progress.mistakes.title')}</h2>
				<p>{t('progress.mistakes.rule')}</p>
				<p data-mistake-count={entries.length}>
					{entries.length
						? t('progress.mistakes.count', { count: entries.length })
						: t('progress.mistakes.empty')}
				</p>
				{POWER_IDS.map((power) => {
					const group = entries.filter((e) => e.power === power);
					if (group.length === 0) return null;
					return (
						<div key={power} data-group={power}>
							<h3>
								{t('progress.mistakes.group', { name: POWERS[power].name, count: group.length })}
							</h3>
							<ul>
								{group.map((e) => (
									<Item
										key={e.questionId}
										questionId={e.questionId}
										power={e.power}
										question={question(e.questionId)}
										detail={t('progress.mistakes.progress', { n: e.correctSince })}
										actionLabel={t('progress.mistakes.retry')}
										onRecorded={onRecorded}
									/>
								))}
							</ul>
						</div>
					);
				})}
			</section>
		</div>
	);
}
