/**
 * The quiz island. One component for every quiz on the site; what varies is where the questions come
 * from (`source`) and the mode. Props: src/quiz/quiz-props.ts (plain JSON, so Astro passes them with
 * `client:visible`; `onFinish` only from another island).
 *
 * The decisions live in plain modules; this island wires them to the page:
 *   - the attempt's rules: the reducer src/quiz/attempt-state.ts;
 *   - what to show first, once the bank arrives (今天已完成 for a 每日一练 finished today, the saved
 *     attempt resumed, a new draw) and for 再练: src/quiz/quiz-view.ts (questions resolved by
 *     src/quiz/resolve-source.ts);
 *   - what to announce and where focus goes after each action: src/quiz/attempt-feedback.ts;
 *   - page listeners (save when hidden, ask before leaving a test with work in progress, focus):
 *     ./use-page-events.ts.
 * The island keeps the attempt in progress in the progress store under `quiz:<quizId>` (saved
 * shortly after each change and when the page is hidden; cleared when the attempt finishes), adopts
 * answers given before hydration (./read-form.ts), and on finish calls onFinish(result) if the host
 * gave one (错题本: it records through the same sink and offers the only retry button, so the island
 * shows neither 再试一次 nor its result), else publishAttempt (the one sink).
 * Each question's <fieldset> carries data-question-id and data-question-type.
 *
 * Owns: wiring and markup. Must not: score, shuffle, draw or decide flow (src/quiz/*).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/quiz.json';
import { makeT } from '../../i18n/translate';
import type { Question } from '../../schemas/question';
import type { AttemptResult } from '../../quiz/attempt';
import { afterAction, focusId } from '../../quiz/attempt-feedback';
import { publishAttempt } from '../../quiz/attempt-sink';
import {
	attemptReducer,
	hasWork,
	parseSavedAttempt,
	unansweredCount,
	unassessedCount,
	type AttemptAction,
} from '../../quiz/attempt-state';
import { fetchBank } from '../../quiz/bank-client';
import { layoutQuestion } from '../../quiz/layout';
import type { AnyResponse } from '../../quiz/score';
import {
	againView,
	firstView,
	metaOf,
	startInline,
	viewFromBank,
	type QuizView,
} from '../../quiz/quiz-view';
import { clearInProgress, loadInProgress, saveInProgress } from '../../progress/in-progress';
import { $progress, initProgress } from '../../progress/store';
import PrintedQuiz from './PrintedQuiz';
import { QuizCountdown } from './QuizCountdown';
import { QuizQuestion } from './QuizQuestion';
import { QuizResult } from './QuizResult';
import { QuizSubmit } from './QuizSubmit';
import { readForm } from './read-form';
import { useFlushOnHide, useFocusAfterRender, useLeaveGuard } from './use-page-events';
import type { QuizProps, QuizSource } from '../../quiz/quiz-props';
import './quiz.css';

/** One empty list for every render before the questions arrive, so the memos below stay put. */
const NO_QUESTIONS: readonly Question[] = [];

const t = makeT(dict);
const SAVE_DELAY_MS = 300;

export type { QuizProps, QuizSource };

export function Quiz(props: QuizProps) {
	const { mode } = props;
	const printable = props.printable ?? true;
	const uid = `quiz-${props.quizId.replace(/[^\w-]/gu, '')}`;
	const [view, setView] = useState<QuizView>(() => firstView(props));
	const [message, setMessage] = useState('');
	const latest = useRef(view);
	const initial = useRef(props);
	const root = useRef<HTMLElement>(null);
	const focusTarget = useRef<string | undefined>();
	const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>();
	const key = `quiz:${props.quizId}`;
	const persist = !props.onFinish;

	const show = useCallback((next: QuizView) => {
		latest.current = next;
		setView(next);
	}, []);

	const save = useCallback(() => {
		clearTimeout(saveTimer.current);
		saveTimer.current = undefined;
		const v = latest.current;
		if (!persist || v.phase !== 'ready' || !hasWork(v.attempt)) return;
		saveInProgress(key, v.attempt);
	}, [persist, key]);

	const finished = useCallback(
		(result: AttemptResult) => {
			clearTimeout(saveTimer.current);
			saveTimer.current = undefined;
			const { onFinish } = initial.current;
			if (onFinish) onFinish(result);
			else {
				clearInProgress(key);
				publishAttempt(result);
			}
		},
		[key],
	);

	/** Apply one action: the reducer decides; then messages, focus, saving and finishing. */
	const apply = useCallback(
		(action: AttemptAction) => {
			const cur = latest.current;
			if (cur.phase !== 'ready') return;
			const attempt = attemptReducer(cur.attempt, action, cur.questions);
			if (attempt === cur.attempt) return;
			show({ ...cur, attempt });
			const next = afterAction(cur.attempt, attempt, action);
			if (next.message !== undefined)
				setMessage(next.message ? t(next.message.key, next.message.vars) : '');
			if (next.focus) focusTarget.current = focusId(uid, next.focus);
			if (next.finished) {
				finished(next.finished);
				return;
			}
			if (persist && !saveTimer.current) saveTimer.current = setTimeout(save, SAVE_DELAY_MS);
		},
		[uid, persist, show, save, finished],
	);

	// Start: resume a saved attempt, adopt answers given before hydration (src/quiz/quiz-view.ts), or
	// draw a new one once the bank arrives.
	useEffect(() => {
		const p = initial.current;
		const meta = metaOf(p);
		const now = new Date();
		if (persist) initProgress();
		const saved = persist
			? loadInProgress(key, (d) => parseSavedAttempt(d, meta))?.data
			: undefined;
		const cur = latest.current;
		if (cur.phase === 'ready') {
			// Answers given before hydration, read from the rendered form.
			const fieldsets = [...(root.current?.querySelectorAll('fieldset[data-question-id]') ?? [])];
			const early = fieldsets.map((fieldset, i) => {
				const question = cur.questions[i];
				return question && readForm(fieldset, question);
			});
			const attempt = startInline(cur.attempt, cur.questions, saved, early, now.getTime());
			show({ ...cur, attempt });
			if (attempt !== cur.attempt && hasWork(attempt) && persist) saveInProgress(key, attempt);
			return;
		}
		fetchBank()
			.then((bank) => {
				const { doc } = $progress.get();
				const next = viewFromBank(p, { bank, saved, doc, persist, now });
				show(next.view);
				if (next.resumeAt)
					focusTarget.current = focusId(uid, { at: 'question', index: next.resumeAt });
			})
			.catch(() => show({ phase: 'error' }));
	}, [key, persist, uid, show]);

	const flush = useCallback(() => {
		if (saveTimer.current) save();
	}, [save]);
	useFlushOnHide(persist, flush);
	useLeaveGuard(view.phase === 'ready' && mode === 'test' && hasWork(view.attempt), save);
	useFocusAfterRender(focusTarget);

	const again = useCallback(() => {
		const cur = latest.current;
		const p = initial.current;
		setMessage('');
		focusTarget.current = focusId(uid, { at: 'top' });
		if (persist) clearInProgress(key);
		if ('questions' in p.source) {
			show(againView(p, [], new Date()));
			return;
		}
		if (cur.phase === 'loading' || cur.phase === 'error') return;
		fetchBank()
			.then((bank) => show(againView(p, bank, new Date())))
			.catch(() => show({ phase: 'error' }));
	}, [uid, persist, key, show]);

	const onTick = useCallback((at: number) => apply({ type: 'tick', at }), [apply]);
	const onToggleTimer = useCallback(
		(on: boolean, at: number) =>
			apply({ type: 'timer', on, at, minutes: initial.current.timerMinutes ?? 0 }),
		[apply],
	);
	const onAnswer = useCallback(
		(index: number, response: AnyResponse) => apply({ type: 'answer', index, response }),
		[apply],
	);
	const onConfirmOrder = useCallback(
		(index: number) => apply({ type: 'confirmOrder', index }),
		[apply],
	);
	const onReveal = useCallback((index: number) => apply({ type: 'reveal', index }), [apply]);
	const onCheck = useCallback(
		(index: number) => apply({ type: 'check', index, at: Date.now() }),
		[apply],
	);
	const onRetry = useCallback((index: number) => apply({ type: 'retry', index }), [apply]);

	const questions =
		view.phase === 'ready' || view.phase === 'doneToday' ? view.questions : NO_QUESTIONS;
	const seed = view.phase === 'ready' ? view.attempt.seed : 0;
	const layouts = useMemo(() => questions.map((q) => layoutQuestion(q, seed)), [questions, seed]);
	// On paper: the same questions in the same layout, then the answer key on its own page. Built once
	// per attempt (it depends on nothing the learner does), not on every answer or timer tick.
	const paper = useMemo(
		() =>
			printable && questions.length > 0 ? (
				<div class="print-only">
					<PrintedQuiz
						idPrefix={`${uid}-print`}
						title={props.title}
						level={2}
						seed={seed}
						passMark={Math.round(props.passMark * 100)}
						questions={questions}
						groupByType={false}
					/>
				</div>
			) : null,
		[printable, uid, props.title, props.passMark, seed, questions],
	);

	if (view.phase === 'loading') return <p class="quiz-status quiz-loading">{t('quiz.loading')}</p>;
	if (view.phase === 'error') return <p class="quiz-status quiz-error">{t('quiz.loadError')}</p>;
	if (questions.length === 0) return <p class="quiz-status">{t('quiz.empty')}</p>;

	const heading = props.title ? 'h3' : 'h2';
	const Heading = heading;
	const attempt = view.phase === 'ready' ? view.attempt : undefined;
	const result = view.phase === 'ready' ? view.attempt.result : view.result;
	const resultBlock = result && (
		<QuizResult
			result={result}
			questions={questions}
			uid={uid}
			timedOut={attempt?.timedOut ?? false}
			heading={heading}
			doneToday={view.phase === 'doneToday'}
			onAgain={again}
			t={t}
		/>
	);

	return (
		<>
			<section
				ref={root}
				class={printable ? 'quiz no-print' : 'quiz'}
				data-quiz-id={props.quizId}
				data-mode={mode}
				data-seed={seed}
				data-phase={attempt?.phase ?? 'done-today'}
				aria-labelledby={props.title ? `${uid}-title` : undefined}
			>
				{props.title && <h2 id={`${uid}-title`}>{props.title}</h2>}
				<p id={`${uid}-top`} tabIndex={-1} class="quiz-intro">
					{mode === 'practice'
						? t('quiz.modePractice')
						: t('quiz.modeTest', {
								count: questions.length,
								pass: Math.round(props.passMark * 100),
							})}
				</p>
				{view.day && <p class="quiz-intro">{t('quiz.dailyDate', { date: view.day })}</p>}
				{view.phase === 'doneToday' && resultBlock}
				{attempt && mode === 'test' && props.timerMinutes && !result && (
					<QuizCountdown
						minutes={props.timerMinutes}
						deadline={attempt.deadline}
						onToggle={onToggleTimer}
						onTick={onTick}
						t={t}
					/>
				)}
				{attempt && mode === 'test' && result && resultBlock}
				{attempt && mode === 'test' && result && (
					<Heading class="quiz-review-title">{t('quiz.reviewTitle')}</Heading>
				)}
				<p class="sr-only" role="status" aria-live="polite">
					{message}
				</p>
				{attempt && (
					<ol class="quiz-questions">
						{questions.map((question, i) => (
							<QuizQuestion
								key={`${seed}-${question.id}`}
								question={question}
								layout={layouts[i]!}
								slot={attempt.slots[i]!}
								index={i}
								qid={`${uid}-${i}`}
								mode={mode}
								finished={attempt.phase === 'done' && mode === 'test'}
								retryable={mode === 'practice' && persist}
								onAnswer={onAnswer}
								onConfirmOrder={onConfirmOrder}
								onReveal={onReveal}
								onCheck={onCheck}
								onRetry={onRetry}
								announce={setMessage}
								t={t}
							/>
						))}
					</ol>
				)}
				{attempt &&
					(attempt.phase === 'confirming' ||
						(attempt.phase === 'answering' && mode === 'test' && !result)) && (
						<QuizSubmit
							uid={uid}
							confirming={attempt.phase === 'confirming'}
							unanswered={unansweredCount(attempt, questions)}
							unassessed={unassessedCount(attempt, questions)}
							apply={apply}
							t={t}
						/>
					)}
				{attempt && mode === 'practice' && result && persist && resultBlock}
			</section>
			{paper}
		</>
	);
}
