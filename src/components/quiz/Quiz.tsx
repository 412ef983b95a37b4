/**
 * The quiz island. One component for every quiz on the site; what varies is where the questions come
 * from (`source`) and the mode. Props: src/quiz/quiz-props.ts (plain JSON, so Astro passes them with
 * `client:visible`; `onFinish` only from another island).
 *
 * The attempt's rules live in the pure reducer src/quiz/attempt-state.ts; this island wires it up:
 *   - resolves the questions (src/quiz/resolve-source.ts; inline, by ids, by blueprint, by the day);
 *   - keeps the attempt in progress in the progress store under `quiz:<quizId>` (saved shortly after
 *     each change and when the page is hidden) and resumes it on load: the same draw, answers,
 *     position and countdown deadline; the record is cleared when the attempt finishes;
 *   - adopts answers the learner gave before hydration (./read-form.ts);
 *   - test mode with work in progress: the browser asks before leaving the page;
 *   - 每日一练 already finished today: shows 「今天已完成」 with that result and offers another set;
 *   - on finish: onFinish(result) if the host gave one (错题本: it records through the same sink and
 *     offers the only retry button, so the island shows neither 再试一次 nor its result), else
 *     publishAttempt (the one sink).
 * Each question's <fieldset> carries data-question-id and data-question-type.
 *
 * Owns: wiring, messages and focus. Must not: score, shuffle, draw or decide flow (src/quiz/*).
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/quiz.json';
import { makeT, type Vars } from '../../i18n/translate';
import type { Question } from '../../schemas/question';
import type { AttemptResult } from '../../quiz/attempt';
import { publishAttempt } from '../../quiz/attempt-sink';
import {
	attemptReducer,
	fitsQuestions,
	hasWork,
	parseSavedAttempt,
	startAttempt,
	unansweredCount,
	type AttemptAction,
	type AttemptMeta,
	type AttemptState,
} from '../../quiz/attempt-state';
import { fetchBank, pickQuestions } from '../../quiz/bank-client';
import { dailySeed } from '../../quiz/draw';
import { formatScore, percent } from '../../quiz/format';
import { layoutQuestion } from '../../quiz/layout';
import { isUnassessedShort, type AnyResponse, type Grade } from '../../quiz/score';
import { resolveSource } from '../../quiz/resolve-source';
import { seedFromString } from '../../quiz/shuffle';
import { answeredSince } from '../../progress/derive';
import { clearInProgress, loadInProgress, saveInProgress } from '../../progress/in-progress';
import { $progress, initProgress } from '../../progress/store';
import type { StoredAttempt } from '../../progress/schema';
import PrintedQuiz from './PrintedQuiz';
import { QuizCountdown } from './QuizCountdown';
import { QuizQuestion } from './QuizQuestion';
import { QuizResult } from './QuizResult';
import { readForm } from './read-form';
import type { QuizProps, QuizSource } from '../../quiz/quiz-props';
import './quiz.css';

/** One empty list for every render before the questions arrive, so the memos below stay put. */
const NO_QUESTIONS: readonly Question[] = [];

const t = makeT(dict);
/**
 * For the question, result and countdown components, which build keys at run time (a type, a level):
 * a missing key still throws at render, as makeT does.
 */
const tAny = (key: string, vars?: Vars) => t(key as keyof typeof dict, vars);
const SAVE_DELAY_MS = 300;
const RECENT_MS = 30 * 24 * 3600_000;

export type { QuizProps, QuizSource };

type View =
	| { phase: 'loading' }
	| { phase: 'error' }
	| { phase: 'ready'; questions: Question[]; attempt: AttemptState; day?: string | undefined }
	| { phase: 'doneToday'; questions: Question[]; result: StoredAttempt; day: string };

const metaOf = (p: QuizProps): AttemptMeta => ({
	quizId: p.quizId,
	kind: p.kind,
	mode: p.mode,
	passMark: p.passMark,
});

function firstView(p: QuizProps): View {
	if (!('questions' in p.source)) return { phase: 'loading' };
	// Server render and hydration: a stable layout from the quiz id (no mismatch); startedAt is set
	// when the island starts.
	const seed = p.seed ?? seedFromString(p.quizId);
	return {
		phase: 'ready',
		questions: p.source.questions,
		attempt: startAttempt(metaOf(p), p.source.questions, seed, 0),
	};
}

function announcement(index: number, grade: Grade): string {
	if (grade.selfAssessed)
		return t('quiz.announceShort', {
			n: index + 1,
			ticked: grade.parts.filter(Boolean).length,
			total: grade.parts.length,
		});
	return t(grade.correct ? 'quiz.announceCorrect' : 'quiz.announceWrong', { n: index + 1 });
}

export function Quiz(props: QuizProps) {
	const { mode } = props;
	const printable = props.printable ?? true;
	const uid = `quiz-${props.quizId.replace(/[^\w-]/gu, '')}`;
	const [view, setView] = useState<View>(() => firstView(props));
	const [message, setMessage] = useState('');
	const latest = useRef(view);
	const initial = useRef(props);
	const root = useRef<HTMLElement>(null);
	const focusTarget = useRef<string | undefined>();
	const saveTimer = useRef<ReturnType<typeof setTimeout> | undefined>();
	const key = `quiz:${props.quizId}`;
	const persist = !props.onFinish;

	const show = useCallback((next: View) => {
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
			if (action.type === 'check' || action.type === 'retry') {
				const slot = attempt.slots[action.index]!;
				if (action.type === 'retry') {
					setMessage('');
					focusTarget.current = `${uid}-${action.index}-q`;
				} else if (slot.shown && !cur.attempt.slots[action.index]!.shown) {
					setMessage(announcement(action.index, slot.shown));
					focusTarget.current = `${uid}-${action.index}-feedback`;
				} else if (slot.note) setMessage(t(`quiz.${slot.note}`));
			}
			if (attempt.phase === 'confirming' && cur.attempt.phase !== 'confirming')
				focusTarget.current = `${uid}-confirm`;
			if (action.type === 'cancelSubmit') focusTarget.current = `${uid}-submit`;
			if (attempt.result && !cur.attempt.result) {
				if (attempt.mode === 'test') {
					setMessage(
						t('quiz.score', {
							score: formatScore(attempt.result.score),
							max: attempt.result.maxScore,
							percent: percent(attempt.result.score, attempt.result.maxScore),
						}),
					);
					focusTarget.current = `${uid}-result`;
				}
				finished(attempt.result);
				return;
			}
			if (persist && !saveTimer.current) saveTimer.current = setTimeout(save, SAVE_DELAY_MS);
		},
		[uid, persist, show, save, finished],
	);

	// Start: resume a saved attempt, adopt answers given before hydration, or draw a new one.
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
			let attempt =
				saved && fitsQuestions(saved, cur.questions)
					? saved
					: { ...cur.attempt, startedAt: now.getTime() };
			const fieldsets = root.current?.querySelectorAll('fieldset[data-question-id]') ?? [];
			fieldsets.forEach((fieldset, i) => {
				const question = cur.questions[i];
				const response = question ? readForm(fieldset, question) : undefined;
				if (response !== undefined)
					attempt = attemptReducer(attempt, { type: 'answer', index: i, response }, cur.questions);
			});
			show({ ...cur, attempt });
			if (attempt !== cur.attempt && hasWork(attempt) && persist) saveInProgress(key, attempt);
			return;
		}
		const source = p.source;
		fetchBank()
			.then((bank) => {
				const byDate = 'blueprint' in source && source.byDate === true;
				const daySeed = dailySeed(now) >>> 0;
				if (byDate && persist) {
					const done = $progress
						.get()
						.doc.attempts.findLast((a) => a.quizId === p.quizId && a.seed >>> 0 === daySeed);
					if (done) {
						const questions = pickQuestions(
							bank,
							done.questions.map((q) => q.questionId),
						);
						const resolved = resolveSource(source, { bank, seed: p.seed, again: false, now });
						show({ phase: 'doneToday', questions, result: done, day: resolved.day ?? '' });
						return;
					}
				}
				if (saved && (!byDate || saved.seed >>> 0 === daySeed)) {
					const questions = pickQuestions(bank, saved.questionIds);
					if (fitsQuestions(saved, questions)) {
						const day = byDate
							? resolveSource(source, { bank, seed: p.seed, again: false, now }).day
							: undefined;
						show({ phase: 'ready', questions, attempt: saved, day });
						if (saved.position > 0) focusTarget.current = `${uid}-${saved.position}-q`;
						return;
					}
				}
				const recent = answeredSince($progress.get().doc, now.getTime() - RECENT_MS);
				const r = resolveSource(source, { bank, seed: p.seed, again: false, now, recent });
				show({
					phase: 'ready',
					questions: r.questions,
					attempt: startAttempt(meta, r.questions, r.seed, Date.now()),
					day: r.day,
				});
			})
			.catch(() => show({ phase: 'error' }));
	}, [key, persist, uid, show]);

	// Save when the page is hidden or left (WeChat reloads pages after an app switch).
	useEffect(() => {
		if (!persist) return undefined;
		const flush = () => {
			if (saveTimer.current) save();
		};
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', onVisibility);
		return () => {
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', onVisibility);
		};
	}, [persist, save]);

	// Test mode: ask before leaving with work in progress.
	const guard = view.phase === 'ready' && mode === 'test' && hasWork(view.attempt);
	useEffect(() => {
		if (!guard) return undefined;
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			save();
			event.preventDefault();
			event.returnValue = '';
		};
		window.addEventListener('beforeunload', onBeforeUnload);
		return () => window.removeEventListener('beforeunload', onBeforeUnload);
	}, [guard, save]);

	// Move focus after a render (to feedback, back to a question, the confirmation or the result).
	useEffect(() => {
		const id = focusTarget.current;
		if (!id) return;
		focusTarget.current = undefined;
		const el = document.getElementById(id);
		if (!el) return;
		const target =
			el.tagName === 'FIELDSET'
				? (el.querySelector<HTMLElement>(
						'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)',
					) ?? el)
				: el;
		target.focus();
	});

	const again = useCallback(() => {
		const cur = latest.current;
		const p = initial.current;
		const start = (questions: Question[], seed: number, day?: string) =>
			show({
				phase: 'ready',
				questions,
				attempt: startAttempt(metaOf(p), questions, seed, Date.now()),
				day,
			});
		setMessage('');
		focusTarget.current = `${uid}-top`;
		if (persist) clearInProgress(key);
		if ('questions' in p.source) {
			start(
				p.source.questions,
				resolveSource(p.source, { bank: [], seed: p.seed, again: true, now: new Date() }).seed,
			);
			return;
		}
		if (cur.phase === 'loading' || cur.phase === 'error') return;
		const source = p.source;
		fetchBank()
			.then((bank) => {
				const r = resolveSource(source, { bank, seed: p.seed, again: true, now: new Date() });
				start(r.questions, r.seed);
			})
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
	const unanswered = attempt ? unansweredCount(attempt, questions) : 0;
	const unassessed = attempt
		? attempt.slots.filter((s, i) => isUnassessedShort(questions[i]!, s.response)).length
		: 0;
	const resultBlock = result && (
		<QuizResult
			result={result}
			questions={questions}
			uid={uid}
			timedOut={attempt?.timedOut ?? false}
			heading={heading}
			doneToday={view.phase === 'doneToday'}
			onAgain={again}
			t={tAny}
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
						t={tAny}
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
								t={tAny}
							/>
						))}
					</ol>
				)}
				{attempt && mode === 'test' && !result && attempt.phase === 'answering' && (
					<div class="quiz-actions">
						{unanswered > 0 && (
							<p class="quiz-note">{t('quiz.unansweredNote', { n: unanswered })}</p>
						)}
						{unassessed > 0 && (
							<p class="quiz-note">{t('quiz.unassessedNote', { n: unassessed })}</p>
						)}
						<button
							type="button"
							id={`${uid}-submit`}
							class="quiz-button quiz-button-primary"
							onClick={() => apply({ type: 'submit', at: Date.now() })}
						>
							{t('quiz.submit')}
						</button>
					</div>
				)}
				{attempt && attempt.phase === 'confirming' && (
					<div
						class="quiz-actions quiz-confirm"
						role="group"
						aria-labelledby={`${uid}-confirm-text`}
						data-confirm-submit
					>
						<p id={`${uid}-confirm-text`} class="quiz-note quiz-note-warn">
							{t('quiz.confirmSubmit', { n: unanswered })}
						</p>
						<button
							type="button"
							id={`${uid}-confirm`}
							class="quiz-button quiz-button-primary"
							onClick={() => apply({ type: 'confirmSubmit', at: Date.now() })}
						>
							{t('quiz.confirmSubmitYes')}
						</button>
						<button
							type="button"
							class="quiz-button"
							onClick={() => apply({ type: 'cancelSubmit' })}
						>
							{t('quiz.confirmSubmitNo')}
						</button>
					</div>
				)}
				{attempt && mode === 'practice' && result && persist && resultBlock}
			</section>
			{paper}
		</>
	);
}
