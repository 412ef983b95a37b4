/**
 * The quiz island. One component for every quiz on the site; what varies is where the questions come
 * from (`source`) and the mode.
 *
 * API (all props are plain JSON, so Astro can pass them with `client:visible`):
 *   quizId     set id (`lesson-leadership`, `exam`, `daily`) or an ad-hoc id (`mistakes`, `paper-…`);
 *              recorded as AttemptResult.quizId
 *   kind       'lesson' | 'practice' | 'exam' | 'daily' | 'custom'
 *   mode       'practice': 提交本题 gives feedback per question, 再试一次 retries it; the result counts
 *              each question's first submission and is published once every question is submitted.
 *              'test': graded at 交卷 (or when the optional countdown ends), then a full review.
 *   passMark   0–1
 *   source     exactly one of
 *                { questions: Question[] }             inline (lesson and practice sets, via QuizSet.astro)
 *                { ids: string[] }                     fetched from /data/questions.json (错题本 retry,
 *                                                      an instructor's paper as an online test)
 *                { blueprint, byDate?: boolean }       drawn from /data/questions.json by the seed, or by
 *                                                      today's date (每日一练)
 *   seed       optional. Shuffles options (and draws). Default: inline → from quizId (stable first
 *              render, no hydration mismatch); fetched → random; byDate → the day's seed.
 *              Pass the seed recorded in an AttemptResult to show the learner the same layout again.
 *   timerMinutes  optional countdown the learner can switch on (test mode)
 *   title      optional heading shown above the questions (h2)
 *   onFinish   optional, only when rendered from another island (functions cannot cross client:*):
 *              receives the result INSTEAD of publishAttempt — the host records it (错题本 retry).
 * On finish it calls publishAttempt(result) once per attempt (src/quiz/attempt-sink.ts).
 * Each question's <fieldset> carries data-question-id and data-question-type.
 *
 * Owns: the attempt's UI state and focus. Must not: score, shuffle or draw (src/quiz/*), or touch storage.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/quiz.json';
import { makeT } from '../../i18n/translate';
import type { Question } from '../../schemas/question';
import type { AttemptResult } from '../../quiz/attempt';
import { publishAttempt } from '../../quiz/attempt-sink';
import { fetchBank, pickQuestions } from '../../quiz/bank-client';
import { buildAttempt } from '../../quiz/build-attempt';
import { chinaDay, dailySeed, drawBlueprint } from '../../quiz/draw';
import { layoutQuestion } from '../../quiz/layout';
import {
	emptyResponse,
	isAnswered,
	isUnassessedShort,
	scoreQuestion,
	type AnyResponse,
	type Grade,
} from '../../quiz/score';
import { randomSeed, seedFromString } from '../../quiz/shuffle';
import PrintedQuiz from './PrintedQuiz';
import { QuestionFeedback } from './QuestionFeedback';
import { blankStem, QuestionInput } from './QuestionInput';
import type { QuizProps, QuizSource } from '../../quiz/quiz-props';
import './quiz.css';

const t = makeT(dict);

export type { QuizProps, QuizSource };

interface Slot {
	response: AnyResponse;
	/** The grade currently shown (practice: after 提交本题; test: after 交卷). */
	shown: Grade | undefined;
	/** The first submitted grade (practice) — what the attempt records. */
	first: { response: AnyResponse; grade: Grade } | undefined;
	revealed: boolean;
	note: string;
}

type Phase = 'loading' | 'error' | 'ready' | 'done';

const initialSeed = (props: QuizProps) =>
	props.seed ?? ('questions' in props.source ? seedFromString(props.quizId) : 0);

export function Quiz(props: QuizProps) {
	const { mode } = props;
	const printable = props.printable ?? true;
	const uid = `quiz-${props.quizId.replace(/[^\w-]/gu, '')}`;
	const inline = 'questions' in props.source ? props.source.questions : undefined;
	const [phase, setPhase] = useState<Phase>(inline ? 'ready' : 'loading');
	const [seed, setSeed] = useState(() => initialSeed(props));
	const [questions, setQuestions] = useState<Question[]>(inline ?? []);
	const [slots, setSlots] = useState<Slot[]>(() => freshSlots(inline ?? [], initialSeed(props)));
	const [result, setResult] = useState<AttemptResult | undefined>();
	const [message, setMessage] = useState('');
	const [day, setDay] = useState('');
	const [timerOn, setTimerOn] = useState(false);
	const [deadline, setDeadline] = useState(0);
	const [now, setNow] = useState(0);
	const [timedOut, setTimedOut] = useState(false);
	const startedAt = useRef(0);
	const focusTarget = useRef<string | undefined>();
	const bank = useRef<Question[] | undefined>();

	const layouts = useMemo(() => questions.map((q) => layoutQuestion(q, seed)), [questions, seed]);
	// On paper: the same questions in the same layout, then the answer key on its own page. Built once
	// per attempt (it depends on nothing the learner does), not on every answer or timer tick.
	const paper = useMemo(
		() =>
			printable ? (
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

	/** Start an attempt on these questions with this seed. */
	function start(next: Question[], nextSeed: number) {
		setSeed(nextSeed);
		setQuestions(next);
		setSlots(freshSlots(next, nextSeed));
		setResult(undefined);
		setTimedOut(false);
		setTimerOn(false);
		startedAt.current = Date.now();
		setPhase('ready');
	}

	function draw(all: Question[], again: boolean) {
		const source = props.source;
		if ('ids' in source) {
			const s = again || props.seed === undefined ? randomSeed() : props.seed;
			start(pickQuestions(all, source.ids), s);
		} else if ('blueprint' in source) {
			if (source.byDate) {
				const today = new Date();
				setDay(chinaDay(today));
				const s = dailySeed(today);
				start(drawBlueprint(all, source.blueprint, s), s);
			} else {
				const s = again || props.seed === undefined ? randomSeed() : props.seed;
				start(drawBlueprint(all, source.blueprint, s), s);
			}
		}
	}

	useEffect(() => {
		startedAt.current = Date.now();
		if (inline) return;
		fetchBank()
			.then((all) => {
				bank.current = all;
				draw(all, false);
			})
			.catch(() => setPhase('error'));
	}, []);

	// Move focus after a render (to feedback, back to a question, or to the result).
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

	// Countdown (test mode, when the learner switched it on).
	useEffect(() => {
		if (!timerOn || phase !== 'ready') return;
		const tick = () => setNow(Date.now());
		tick();
		const handle = setInterval(tick, 1000);
		return () => clearInterval(handle);
	}, [timerOn, phase]);
	useEffect(() => {
		if (timerOn && phase === 'ready' && now >= deadline && deadline > 0) {
			setTimedOut(true);
			submitTest();
		}
	}, [now]);

	function update(index: number, change: Partial<Slot>) {
		setSlots((all) => all.map((slot, i) => (i === index ? { ...slot, ...change } : slot)));
	}

	function finish(answers: { question: Question; response: AnyResponse; grade: Grade }[]) {
		const attempt = buildAttempt({
			quizId: props.quizId,
			kind: props.kind,
			mode,
			seed,
			startedAt: startedAt.current,
			finishedAt: Date.now(),
			passMark: props.passMark,
			answers,
		});
		setResult(attempt);
		setPhase('done');
		if (props.onFinish) props.onFinish(attempt);
		else publishAttempt(attempt);
		return attempt;
	}

	/** Practice: submit one question. */
	function check(index: number) {
		const question = questions[index]!;
		const slot = slots[index]!;
		if (question.type === 'short' && !slot.revealed) {
			update(index, { note: t('quiz.shortNeedReveal') });
			setMessage(t('quiz.shortNeedReveal'));
			return;
		}
		if (!isAnswered(question, slot.response)) {
			update(index, { note: t('quiz.notAnswered') });
			setMessage(t('quiz.notAnswered'));
			return;
		}
		const grade = scoreQuestion(question, slot.response);
		const first = slot.first ?? { response: slot.response, grade };
		const next = slots.map((s, i) => (i === index ? { ...s, shown: grade, first, note: '' } : s));
		setSlots(next);
		setMessage(announcement(index, grade));
		focusTarget.current = `${uid}-${index}-feedback`;
		if (phase === 'ready' && next.every((s) => s.first)) {
			finish(next.map((s, i) => ({ question: questions[i]!, ...s.first! })));
		}
	}

	function retry(index: number) {
		const question = questions[index]!;
		update(index, {
			shown: undefined,
			response: emptyResponse(question, layouts[index]!.items),
			revealed: false,
		});
		setMessage('');
		focusTarget.current = `${uid}-${index}-q`;
	}

	/** Test: grade everything. */
	function submitTest() {
		const graded = slots.map((slot, i) => ({
			...slot,
			shown: scoreQuestion(questions[i]!, slot.response),
		}));
		setSlots(graded);
		const attempt = finish(
			graded.map((s, i) => ({ question: questions[i]!, response: s.response, grade: s.shown })),
		);
		setMessage(
			t('quiz.score', {
				score: formatScore(attempt.score),
				max: attempt.maxScore,
				percent: percent(attempt.score, attempt.maxScore),
			}),
		);
		focusTarget.current = `${uid}-result`;
	}

	function again() {
		if (inline) start(inline, randomSeed());
		else if (bank.current) draw(bank.current, true);
		setMessage('');
		focusTarget.current = `${uid}-top`;
	}

	function toggleTimer(on: boolean) {
		setTimerOn(on);
		if (on) setDeadline(Date.now() + (props.timerMinutes ?? 0) * 60_000);
	}

	if (phase === 'loading') return <p class="quiz-status quiz-loading">{t('quiz.loading')}</p>;
	if (phase === 'error') return <p class="quiz-status quiz-error">{t('quiz.loadError')}</p>;
	if (questions.length === 0) return <p class="quiz-status">{t('quiz.empty')}</p>;

	const unanswered = slots.filter((s, i) => !isAnswered(questions[i]!, s.response)).length;
	const unassessed = slots.filter((s, i) => isUnassessedShort(questions[i]!, s.response)).length;
	const showResultTop = mode === 'test' && result;
	const remaining = Math.max(0, deadline - now);
	const heading = props.title ? 'h3' : 'h2';
	const Heading = heading;

	return (
		<>
			<section
				class={printable ? 'quiz no-print' : 'quiz'}
				data-quiz-id={props.quizId}
				data-mode={mode}
				data-seed={seed}
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
				{day && <p class="quiz-intro">{t('quiz.dailyDate', { date: day })}</p>}
				{mode === 'test' && props.timerMinutes && !result && (
					<div class="quiz-timer">
						<label class="quiz-choice">
							<input
								type="checkbox"
								checked={timerOn}
								onChange={(e) => toggleTimer(e.currentTarget.checked)}
							/>
							<span>{t('quiz.timerToggle', { minutes: props.timerMinutes })}</span>
						</label>
						{timerOn && now > 0 && (
							<p role="timer" class="quiz-timer-left">
								{t('quiz.timerLeft', { time: clock(remaining) })}
							</p>
						)}
					</div>
				)}
				{showResultTop && (
					<Result result={result} uid={uid} timedOut={timedOut} onAgain={again} heading={heading} />
				)}
				{showResultTop && <Heading class="quiz-review-title">{t('quiz.reviewTitle')}</Heading>}
				<p class="sr-only" role="status" aria-live="polite">
					{message}
				</p>
				<ol class="quiz-questions">
					{questions.map((question, i) => {
						const slot = slots[i]!;
						const layout = layouts[i]!;
						const locked = !!slot.shown;
						const qid = `${uid}-${i}`;
						return (
							<li class="quiz-question" key={`${seed}-${question.id}`}>
								<fieldset
									id={`${qid}-q`}
									data-question-id={question.id}
									data-question-type={question.type}
									tabIndex={-1}
								>
									<legend>
										<span class="quiz-qnum">
											{t('quiz.questionNumber', {
												n: i + 1,
												type: t(`quiz.type.${question.type}`),
											})}
										</span>
										<span class="quiz-stem">
											{question.type === 'blank' ? blankStem(question.stem, t) : question.stem}
										</span>
									</legend>
									<QuestionInput
										question={question}
										layout={layout}
										response={slot.response}
										uid={qid}
										disabled={locked}
										revealed={slot.revealed}
										onChange={(response) => update(i, { response, note: '' })}
										onReveal={() => update(i, { revealed: true, note: '' })}
										announce={setMessage}
										t={t}
									/>
									{slot.note && <p class="quiz-note quiz-note-warn">{slot.note}</p>}
									{mode === 'practice' && !locked && (
										<button
											type="button"
											class="quiz-button quiz-button-primary"
											onClick={() => check(i)}
										>
											{t('quiz.check')}
										</button>
									)}
								</fieldset>
								{slot.shown && (
									<div
										class="quiz-feedback"
										id={`${qid}-feedback`}
										tabIndex={-1}
										data-feedback-for={question.id}
									>
										<QuestionFeedback
											question={question}
											layout={layout}
											response={slot.response}
											grade={slot.shown}
											t={t}
										/>
										{mode === 'practice' && (
											<button type="button" class="quiz-button" onClick={() => retry(i)}>
												{t('quiz.retry')}
											</button>
										)}
									</div>
								)}
							</li>
						);
					})}
				</ol>
				{mode === 'test' && !result && (
					<div class="quiz-actions">
						{unanswered > 0 && (
							<p class="quiz-note">{t('quiz.unansweredNote', { n: unanswered })}</p>
						)}
						{unassessed > 0 && (
							<p class="quiz-note">{t('quiz.unassessedNote', { n: unassessed })}</p>
						)}
						<button type="button" class="quiz-button quiz-button-primary" onClick={submitTest}>
							{t('quiz.submit')}
						</button>
					</div>
				)}
				{mode === 'practice' && result && (
					<Result result={result} uid={uid} timedOut={false} onAgain={again} heading={heading} />
				)}
			</section>
			{paper}
		</>
	);
}

function freshSlots(questions: Question[], seed: number): Slot[] {
	return questions.map((q) => ({
		response: emptyResponse(q, layoutQuestion(q, seed).items),
		shown: undefined,
		first: undefined,
		revealed: false,
		note: '',
	}));
}

function announcement(index: number, grade: Grade): string {
	if (grade.selfAssessed) {
		return t('quiz.announceShort', {
			n: index + 1,
			ticked: grade.parts.filter(Boolean).length,
			total: grade.parts.length,
		});
	}
	return t(grade.correct ? 'quiz.announceCorrect' : 'quiz.announceWrong', { n: index + 1 });
}

const percent = (score: number, max: number) => (max ? Math.round((score / max) * 100) : 0);
const formatScore = (score: number) => String(Math.round(score * 100) / 100);
const clock = (ms: number) => {
	const s = Math.ceil(ms / 1000);
	return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
};

function Result(props: {
	result: AttemptResult;
	uid: string;
	timedOut: boolean;
	onAgain: () => void;
	heading: 'h2' | 'h3';
}) {
	const { result } = props;
	const Heading = props.heading;
	const selfAssessed = result.questions.some((q) => q.selfAssessed);
	return (
		<div
			class="quiz-result"
			id={`${props.uid}-result`}
			tabIndex={-1}
			data-passed={String(result.passed)}
		>
			<Heading>{t('quiz.resultTitle')}</Heading>
			{props.timedOut && <p class="quiz-note quiz-note-warn">{t('quiz.timeUp')}</p>}
			{result.mode === 'practice' && <p>{t('quiz.practiceDone')}</p>}
			<p class="quiz-score">
				{t('quiz.score', {
					score: formatScore(result.score),
					max: result.maxScore,
					percent: percent(result.score, result.maxScore),
				})}
				<span class={result.passed ? 'quiz-pass' : 'quiz-fail'}>
					{' '}
					{t(result.passed ? 'quiz.passed' : 'quiz.failed')}
				</span>
			</p>
			<p>{t('quiz.passMark', { pass: Math.round(result.passMark * 100) })}</p>
			{selfAssessed && <p class="quiz-note">{t('quiz.selfAssessedNote')}</p>}
			<button type="button" class="quiz-button quiz-button-primary" onClick={props.onAgain}>
				{t('quiz.again')}
			</button>
		</div>
	);
}
