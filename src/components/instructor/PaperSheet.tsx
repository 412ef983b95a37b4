/**
 * A printed paper: questions (options in bank order), an answer sheet, and — for the instructor only —
 * the answer key with explanations and sources on its own printed page.
 */
import { POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { answerKey, letter } from '../../instructor/paper';
import { layoutQuestion, matchTargets } from '../../quiz/layout';
import { BLANK_MARKER, QUESTION_TYPES, type Question } from '../../schemas/question';
import { sourceLink } from '../../site/paths';

const t = makeT(dict);

interface Props {
	title: string;
	seed: number;
	/** Percent. */
	passMark: number;
	questions: Question[];
	withKey: boolean;
}

export default function PaperSheet({ title, seed, passMark, questions, withKey }: Props) {
	const numbered = questions.map((q, i) => ({ q, n: i + 1 }));
	return (
		<div class="zz-paper">
			<h2>{title}</h2>
			<p>{t('instructor.paper.nameLine')}</p>
			<p class="zz-muted">{t('instructor.paper.total', { n: questions.length, passMark })}</p>
			{QUESTION_TYPES.map((type) => {
				const group = numbered.filter((e) => e.q.type === type);
				if (group.length === 0) return null;
				return (
					<section key={type}>
						<h3>{t(`instructor.paper.type.${type}`)}</h3>
						{group.map(({ q, n }) => (
							<PaperQuestion key={q.id} q={q} n={n} seed={seed} />
						))}
					</section>
				);
			})}
			<section class="zz-answer-sheet">
				<h3>{t('instructor.paper.answerSheet')}</h3>
				<ol class="zz-sheet-grid">
					{numbered.map(({ q }) => (
						<li key={q.id}>
							{t('instructor.paper.sheetItem', { type: t(`instructor.paper.type.${q.type}`) })}
						</li>
					))}
				</ol>
			</section>
			{withKey && (
				<section class="zz-paper-key" aria-labelledby="zz-key-h">
					<h3 id="zz-key-h">{t('instructor.paper.answerKey')}</h3>
					<ol>
						{numbered.map(({ q }) => (
							<li key={q.id} class="zz-paper-question">
								<p>
									<strong>{t('instructor.paper.answer', { a: keyText(q, seed) })}</strong>
								</p>
								<p>{t('instructor.paper.explanation', { e: q.explanation })}</p>
								<p>
									<a href={sourceLink(q.source.p)}>
										{t('instructor.paper.source', {
											p: q.source.p.slice(1),
											quote: q.source.quote,
										})}
									</a>
									<span class="zz-muted"> {POWERS[q.power].name}</span>
								</p>
							</li>
						))}
					</ol>
				</section>
			)}
		</div>
	);
}

function keyText(q: Question, seed: number): string {
	const k = answerKey(q, layoutQuestion(q, seed));
	switch (k.type) {
		case 'single':
		case 'multiple':
			return k.letters.join('、');
		case 'judge':
			return t(k.value ? 'instructor.paper.true' : 'instructor.paper.false');
		case 'blank':
			return k.blanks.map((b) => b.join(' / ')).join('；');
		case 'match':
			return k.pairs.map(([l, r]) => `${l}—${r}`).join('；');
		case 'order':
			return k.items.join(' → ');
		case 'short':
			return t('instructor.paper.points', { points: k.points.join('；') });
	}
}

function PaperQuestion({ q, n, seed }: { q: Question; n: number; seed: number }) {
	// The engine's layout for this seed: the online test shows the same order.
	const layout = layoutQuestion(q, seed);
	const stem =
		q.type === 'blank' ? q.stem.split(BLANK_MARKER).join(t('instructor.paper.blank')) : q.stem;
	return (
		<div class="zz-paper-question" data-question={q.id}>
			<p>
				<strong>{n}. </strong>
				{stem}
				{q.type === 'judge' && ` ${t('instructor.paper.blank')}`}
			</p>
			{(q.type === 'single' || q.type === 'multiple') && (
				// The letter is part of the text (it survives copying and reads the same everywhere), so
				// the list has no markers of its own.
				<ul class="zz-options">
					{layout.options.map((original, i) => (
						<li key={original}>
							{letter(i)}. {q.options[original]!.text}
						</li>
					))}
				</ul>
			)}
			{q.type === 'match' && (
				<div class="zz-row">
					<p class="zz-muted">{t('instructor.paper.matchHint')}</p>
					<ol>
						{q.pairs.map((p) => (
							<li key={p.left}>{p.left}</li>
						))}
					</ol>
					<ol type="A">
						{layout.targets.map((i) => (
							<li key={i}>{matchTargets(q)[i]}</li>
						))}
					</ol>
				</div>
			)}
			{q.type === 'order' && (
				<>
					<p class="zz-muted">{t('instructor.paper.orderHint')}</p>
					<ul>
						{layout.items
							.map((i) => q.items[i]!)
							.map((item) => (
								<li key={item}>
									{t('instructor.paper.blank')} {item}
								</li>
							))}
					</ul>
				</>
			)}
			{q.type === 'short' && (
				<p class="zz-muted zz-answer-space">{t('instructor.paper.shortHint')}</p>
			)}
		</div>
	);
}
