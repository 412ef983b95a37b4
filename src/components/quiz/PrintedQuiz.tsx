/**
 * A quiz on paper: the questions laid out exactly as the quiz engine shows them for this seed (option
 * letters, match targets and order items from src/quiz/layout.ts), a name line, an answer sheet, and the
 * answer key with explanations and sources on its own printed page. Used by every quiz for printing
 * (Quiz.tsx renders it print-only) and by the instructor's 组卷 as its visible preview.
 * Renders only; keys come from src/quiz/answer-key.ts.
 */
import { POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/quiz.json';
import { makeT } from '../../i18n/translate';
import { answerKey, letter } from '../../quiz/answer-key';
import { layoutQuestion, matchTargets, type QuestionLayout } from '../../quiz/layout';
import type { Question } from '../../schemas/question';
// Not from ../../schemas/question: that module brings the schema library (zod) into the browser.
import { QUESTION_TYPES } from '../../schemas/question-types';
import { sourceLink } from '../../site/paths';
import { blankStem } from './QuestionInput';
import './printed-quiz.css';

const t = makeT(dict);

interface Props {
	/** Makes ids unique when a page holds more than one printed quiz. */
	idPrefix: string;
	/** Printed as a heading; none when the page's own title names the quiz. */
	title?: string | undefined;
	/** Heading level of the title (or of the sections, without a title). */
	level: 2 | 3;
	seed: number;
	/** Pass mark in percent, printed with the question count. */
	passMark: number;
	questions: readonly Question[];
	/** Papers group questions by type (their order already is); a quiz keeps its own order. */
	groupByType: boolean;
}

export default function PrintedQuiz(props: Props) {
	const { idPrefix, title, level, seed, passMark, questions, groupByType } = props;
	// Sections sit one level below the title, or at the title's level when there is none.
	const Title = level === 2 ? 'h2' : 'h3';
	const Sub = title ? (level === 2 ? 'h3' : 'h4') : Title;
	// Each question's layout once: the question and its key both follow it.
	const numbered = questions.map((q, i) => ({ q, n: i + 1, layout: layoutQuestion(q, seed) }));
	const groups = groupByType
		? QUESTION_TYPES.map((type) => ({ type, items: numbered.filter((e) => e.q.type === type) }))
		: [{ type: null, items: numbered }];
	return (
		<div class="quiz-print">
			{title && <Title>{title}</Title>}
			<p>{t('quiz.print.nameLine')}</p>
			<p class="quiz-print-muted">{t('quiz.print.total', { n: questions.length, passMark })}</p>
			{groups.map(({ type, items }) =>
				items.length === 0 ? null : (
					<section key={type ?? 'all'}>
						{type && <Sub>{t(`quiz.print.type.${type}`)}</Sub>}
						{items.map(({ q, n, layout }) => (
							<PrintedQuestion key={q.id} q={q} n={n} layout={layout} withType={!type} />
						))}
					</section>
				),
			)}
			<section class="quiz-print-sheet">
				<Sub>{t('quiz.print.answerSheet')}</Sub>
				<ol class="quiz-print-grid">
					{numbered.map(({ q }) => (
						<li key={q.id}>
							{t('quiz.print.sheetItem', { type: t(`quiz.print.type.${q.type}`) })}
						</li>
					))}
				</ol>
			</section>
			<section class="quiz-print-key answer-key" aria-labelledby={`${idPrefix}-key-h`}>
				<Sub id={`${idPrefix}-key-h`}>{t('quiz.print.answerKey')}</Sub>
				<ol>
					{numbered.map(({ q, layout }) => (
						<li key={q.id} class="quiz-print-question">
							<p>
								<strong>{t('quiz.print.answer', { a: keyText(q, layout) })}</strong>
							</p>
							<p>{t('quiz.print.explanation', { e: q.explanation })}</p>
							<p>
								<a href={sourceLink(q.source.p)}>
									{t('quiz.print.source', { p: q.source.p.slice(1), quote: q.source.quote })}
								</a>
								<span class="quiz-print-muted"> {POWERS[q.power].name}</span>
							</p>
						</li>
					))}
				</ol>
			</section>
		</div>
	);
}

function keyText(q: Question, layout: QuestionLayout): string {
	const k = answerKey(q, layout);
	switch (k.type) {
		case 'single':
		case 'multiple':
			return k.letters.join('、');
		case 'judge':
			return t(k.value ? 'quiz.print.true' : 'quiz.print.false');
		case 'blank':
			return k.blanks.map((b) => b.join(' / ')).join('；');
		case 'match':
			return k.pairs.map(([l, r]) => `${l}—${r}`).join('；');
		case 'order':
			return k.items.join(' → ');
		case 'short':
			return t('quiz.print.points', { points: k.points.join('；') });
	}
}

function PrintedQuestion(props: {
	q: Question;
	n: number;
	/** The engine's layout for the quiz's seed: the online quiz shows the same order. */
	layout: QuestionLayout;
	withType: boolean;
}) {
	const { q, n, layout, withType } = props;
	// Blanks numbered as on screen, (1)____, so the key's answers can be matched to them.
	const stem = q.type === 'blank' ? blankStem(q.stem, t) : q.stem;
	return (
		<div class="quiz-print-question" data-print-question={q.id}>
			<p>
				<strong>{n}. </strong>
				{withType && `［${t(`quiz.print.type.${q.type}`)}］`}
				{stem}
				{q.type === 'judge' && ` ${t('quiz.print.blank')}`}
			</p>
			{(q.type === 'single' || q.type === 'multiple') && (
				// The letter is part of the text (it survives copying and reads the same everywhere), so
				// the list has no markers of its own.
				<ul class="quiz-print-options">
					{layout.options.map((original, i) => (
						<li key={original}>
							{letter(i)}. {q.options[original]!.text}
						</li>
					))}
				</ul>
			)}
			{q.type === 'match' && (
				<div class="quiz-print-match">
					<p class="quiz-print-muted">{t('quiz.print.matchHint')}</p>
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
					<p class="quiz-print-muted">{t('quiz.print.orderHint')}</p>
					<ul class="quiz-print-options">
						{layout.items
							.map((i) => q.items[i]!)
							.map((item) => (
								<li key={item}>
									{t('quiz.print.blank')} {item}
								</li>
							))}
					</ul>
				</>
			)}
			{q.type === 'short' && (
				<p class="quiz-print-muted quiz-print-space">{t('quiz.print.shortHint')}</p>
			)}
		</div>
	);
}
