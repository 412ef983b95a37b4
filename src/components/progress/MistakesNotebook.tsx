/**
 * 错题本 and 今日复习: wrongly answered questions grouped by capacity (each with its source
 * paragraph and level), and the FSRS review queue due today. Each item is retried in place with the
 * quiz island itself (one question, practice); its result goes through the one sink
 * (publishAttempt) as quiz REVIEW_QUIZ_ID. One button per item: 再做一次 / 复习.
 * Questions (stem, source) come from the bank (src/quiz/bank-client.ts), fetched on demand.
 */
import { useEffect, useState } from 'preact/hooks';
import { POWER_IDS, POWERS, type PowerId } from '../../article/powers';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { notebook } from '../../progress/derive';
import { dueToday, reviewSchedule } from '../../progress/review';
import type { Question } from '../../schemas/question';
import { sourceLink } from '../../site/paths';
import { publishAttempt, REVIEW_QUIZ_ID } from '../../quiz/attempt-sink';
import { fetchBank } from '../../quiz/bank-client';
import { levelOf } from '../../quiz/levels';
import { Quiz } from '../quiz/Quiz';
import quizDict from '../../i18n/zh-CN/quiz.json';
import { emptyDoc } from '../../progress/schema';
import { useProgress } from './use-progress';

const t = makeT(dict, quizDict);

type Bank =
	{ state: 'loading' } | { state: 'failed' } | { state: 'ok'; byId: Map<string, Question> };

function useBank(): Bank {
	const [bank, setBank] = useState<Bank>({ state: 'loading' });
	useEffect(() => {
		let live = true;
		fetchBank()
			.then((list) => {
				if (live) setBank({ state: 'ok', byId: new Map(list.map((q) => [q.id, q])) });
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

interface ItemProps {
	questionId: string;
	power: PowerId;
	question: Question | undefined;
	detail: string;
	actionLabel: string;
	onRecorded: (correct: boolean) => void;
}

function Item({ questionId, question, detail, actionLabel, onRecorded }: ItemProps) {
	// round 0: closed; each 再做一次 starts a fresh engine instance (key) so every retry is recorded.
	const [round, setRound] = useState(0);
	const [answered, setAnswered] = useState(false);
	const p = question?.source.p;
	const level = question ? levelOf(question) : undefined;
	return (
		<li class="zz-mistake" data-question={questionId}>
			<p>{question ? question.stem : t('progress.mistakes.unknownQuestion', { id: questionId })}</p>
			<div class="zz-mistake-meta">
				{p ? <a href={sourceLink(p)}>{t('progress.mistakes.source', { n: p.slice(1) })}</a> : null}
				{level ? (
					<span class="zz-level" data-level={level}>
						{t(`quiz.level.${level}`)}
					</span>
				) : null}
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
				<Quiz
					key={round}
					quizId={`retry-${questionId}`}
					kind="custom"
					mode="practice"
					passMark={1}
					source={{ questions: [question] }}
					printable={false}
					onFinish={(result) => {
						// The engine's feedback stays on screen; the item leaves the list by itself once
						// the store counts correct answers on two different days.
						setAnswered(true);
						publishAttempt({ ...result, quizId: REVIEW_QUIZ_ID });
						onRecorded(result.passed);
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
	const now = Date.now();
	// Before the store is read (and at build time) render the empty state: the page keeps its
	// sections and anchors in the HTML and does not jump when the real data arrives.
	const doc = state.ready ? state.doc : emptyDoc(now);
	const entries = notebook(doc);
	const due = dueToday(doc, now);
	const next = reviewSchedule(doc).find((item) => item.due > now);
	const question = (id: string) => (bank.state === 'ok' ? bank.byId.get(id) : undefined);
	const onRecorded = (correct: boolean) =>
		setAnnouncement(
			correct ? t('progress.selfCheck.recordedRight') : t('progress.selfCheck.recordedWrong'),
		);

	return (
		<div class="zz-mistakes" data-mistakes aria-busy={!state.ready}>
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
