/**
 * 我的学习: continue where you left off, streak, 今日复习, course completion, the mastery radar and
 * table, recent results, and the data tools (export, import, reset, font size). Renders the store's
 * state; every rule lives in src/progress/ (derive.ts, review.ts).
 */
import { useEffect, useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import {
	completedCount,
	lessonStatus,
	mastery,
	recentAttempts,
	streak,
} from '../../progress/derive';
import { dueToday } from '../../progress/review';
import { downloadText } from '../../progress/download';
import { applyFontSize } from '../../progress/font-size';
import {
	emptyDoc,
	FONT_SIZES,
	type FontSize,
	type ProgressDoc,
	type StoredAttempt,
} from '../../progress/schema';
import {
	exportProgress,
	importProgress,
	listAssignments,
	resetProgress,
	setFontSize,
} from '../../progress/store';
import type { NextDue } from '../../instructor/next-due';
import { withBase } from '../../site/paths';
import { own } from '../../schemas/ids';
import { Radar } from './Radar';
import { useProgress } from './use-progress';

const t = makeT(dict);

/** The nearest due assignment, loaded (with the link codec) only when the learner has accepted one. */
function useNextDue(doc: ProgressDoc, accepted: number): NextDue | null {
	const [soonest, setSoonest] = useState<NextDue | null>(null);
	useEffect(() => {
		if (accepted === 0) {
			setSoonest(null);
			return;
		}
		let live = true;
		void import('../../instructor/next-due').then(
			(m) => live && setSoonest(m.nextDueOf(doc, new Date())),
		);
		return () => {
			live = false;
		};
	}, [doc, accepted]);
	return soonest;
}

export interface DashboardLesson {
	id: string;
	title: string;
	/** Null while the lesson is not written yet. */
	href: string | null;
}

interface Props {
	lessons: DashboardLesson[];
	/** The five capacities: id and name, in the article's order. */
	capacities: { id: string; name: string }[];
	/** Quiz set titles by id. */
	quizTitles: Record<string, string>;
	/** Power names by id (for lesson quiz names). */
	powerNames: Record<string, string>;
}

function quizName(
	a: StoredAttempt,
	quizTitles: Record<string, string>,
	powerNames: Record<string, string>,
): string {
	const title = own(quizTitles, a.quizId);
	if (title) return title;
	if (a.quizId === 'review') return t('progress.me.quiz.review');
	const lesson = /^lesson-(.+)$/u.exec(a.quizId)?.[1];
	const name = lesson ? own(powerNames, lesson) : undefined;
	if (name) return t('progress.me.quiz.lesson', { name });
	return t('progress.me.quiz.other', { id: a.quizId });
}

function DataTools({ fontSize }: { fontSize: FontSize }) {
	const [message, setMessage] = useState('');
	const [confirming, setConfirming] = useState(false);

	const onImport = async (event: TargetedEvent<HTMLInputElement>) => {
		const input = event.currentTarget;
		const file = input.files?.[0];
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			setMessage(t('progress.data.import.error.read'));
			return;
		}
		const result = importProgress(text);
		setMessage(
			result.ok ? t('progress.data.imported') : t(`progress.data.import.error.${result.error}`),
		);
		input.value = '';
	};

	return (
		<section aria-labelledby="data" class="zz-data">
			<h2 id="data">{t('progress.data.title')}</h2>
			<p>{t('progress.data.exportHint')}</p>
			<div class="zz-actions">
				<button
					type="button"
					class="zz-button primary"
					onClick={() => {
						const file = exportProgress();
						downloadText(file.fileName, file.text);
					}}
				>
					{t('progress.data.export')}
				</button>
				<label class="zz-file-label">
					<span>{t('progress.data.importLabel')}</span>
					<input
						type="file"
						accept="application/json,.json"
						onChange={(event) => void onImport(event)}
						data-import
					/>
				</label>
			</div>
			{confirming ? (
				<div class="zz-notice" role="alertdialog" aria-labelledby="zz-reset-q">
					<p id="zz-reset-q">{t('progress.data.resetConfirm')}</p>
					<div class="zz-actions">
						<button
							type="button"
							class="zz-button danger"
							onClick={() => {
								resetProgress();
								setConfirming(false);
								setMessage(t('progress.data.resetDone'));
							}}
						>
							{t('progress.data.resetYes')}
						</button>
						<button type="button" class="zz-button" onClick={() => setConfirming(false)} autoFocus>
							{t('progress.data.resetNo')}
						</button>
					</div>
				</div>
			) : (
				<p>
					<button type="button" class="zz-button danger" onClick={() => setConfirming(true)}>
						{t('progress.data.reset')}
					</button>
				</p>
			)}
			<p class="zz-message" role="status" aria-live="polite">
				{message}
			</p>
			<fieldset class="zz-radios">
				<legend>{t('progress.data.fontSize')}</legend>
				{FONT_SIZES.map((size) => (
					<label key={size}>
						<input
							type="radio"
							name="zz-font-size"
							value={size}
							checked={fontSize === size}
							onChange={() => {
								applyFontSize(size);
								setFontSize(size);
							}}
						/>
						{t(`progress.fontSize.${size}`)}
					</label>
				))}
			</fieldset>
			<p>{t('progress.data.fontSizeHint')}</p>
		</section>
	);
}

export default function MeDashboard({ lessons, capacities, quizTitles, powerNames }: Props) {
	const state = useProgress();
	const now = Date.now();
	// Before the store is read (and at build time) render the empty state: the page keeps its
	// sections and anchors in the HTML and does not jump when the real data arrives.
	const doc = state.ready ? state.doc : emptyDoc(now);
	const ids = lessons.map((l) => l.id);
	const done = completedCount(doc, ids);
	const due = dueToday(doc, now).length;
	const days = streak(doc, now);
	const masteryByPower = new Map(mastery(doc).map((m) => [m.power as string, m]));
	const firstLesson = lessons.find((l) => l.href);
	const recent = recentAttempts(doc, 5);
	const assignments = listAssignments(doc).length;
	const soonest = useNextDue(doc, assignments);

	return (
		<div class="zz-me" data-dashboard aria-busy={!state.ready}>
			<section aria-labelledby="continue">
				<h2 id="continue">{t('progress.me.continue')}</h2>
				<p data-continue>
					{doc.lastLocation ? (
						<a href={withBase(doc.lastLocation.path)}>
							{t('progress.me.continueLink', { title: doc.lastLocation.title })}
						</a>
					) : firstLesson?.href ? (
						<a href={firstLesson.href}>
							{t('progress.me.continueStart', { title: firstLesson.title })}
						</a>
					) : (
						t('progress.me.continueNone')
					)}
				</p>
				<p data-assignments={assignments}>
					{assignments > 0
						? t('progress.me.assignments', { count: assignments })
						: t('progress.me.assignmentsNone')}{' '}
					<a href={withBase('/assignment/')}>{t('progress.me.assignmentsLink')}</a>
				</p>
				{soonest && (
					<p data-next-due={soonest.due}>
						{t('progress.me.nextDue', {
							className: soonest.className,
							due: soonest.due,
							when:
								soonest.daysLeft > 0
									? t('progress.me.dueIn', { days: soonest.daysLeft })
									: soonest.daysLeft === 0
										? t('progress.me.dueToday')
										: t('progress.me.overdue', { days: -soonest.daysLeft }),
							done: soonest.done,
							total: soonest.total,
						})}
					</p>
				)}
			</section>

			<section aria-labelledby="stats">
				<h2 id="stats">{t('progress.me.stats')}</h2>
				<dl class="zz-stats">
					<div data-stat="completed">
						<dt>{t('progress.me.completed')}</dt>
						<dd>{t('progress.me.completedValue', { done, total: lessons.length })}</dd>
					</div>
					<div data-stat="streak">
						<dt>{t('progress.me.streak')}</dt>
						<dd>{t('progress.me.streakValue', { days })}</dd>
					</div>
					<div data-stat="due">
						<dt>{t('progress.me.dueToday')}</dt>
						<dd>{t('progress.me.dueTodayValue', { count: due })}</dd>
					</div>
				</dl>
				<p>{t('progress.me.streakRule')}</p>
				<p>
					<a href={withBase('/mistakes/#review')}>{t('progress.me.dueTodayLink')}</a>
				</p>
			</section>

			<section aria-labelledby="course-map">
				<h2 id="course-map">{t('progress.me.courseMap')}</h2>
				<p>{t('progress.me.completionRule')}</p>
				<ul class="zz-course-map">
					{lessons.map((lesson) => {
						const s = lessonStatus(doc, lesson.id);
						return (
							<li key={lesson.id} data-lesson={lesson.id} data-state={s.state}>
								{lesson.href ? (
									<a href={lesson.href}>{lesson.title}</a>
								) : (
									<span>
										{lesson.title}
										{t('progress.me.lessonComing')}
									</span>
								)}
								<span class="zz-state" data-state={s.state}>
									{t(`progress.me.lessonState.${s.state}`)}
								</span>
								<span class="zz-lesson-detail">
									{s.read ? t('progress.me.lessonRead') : t('progress.me.lessonNotRead')} ·{' '}
									{s.quizPassed
										? t('progress.me.lessonQuizPassed')
										: t('progress.me.lessonQuizNotPassed')}
								</span>
							</li>
						);
					})}
				</ul>
			</section>

			<section aria-labelledby="mastery">
				<h2 id="mastery">{t('progress.me.mastery')}</h2>
				<p>{t('progress.me.masteryRule')}</p>
				<Radar
					data={capacities.map((c) => ({
						label: c.name,
						value: masteryByPower.get(c.id)?.value ?? 0,
						answered: masteryByPower.get(c.id)?.answered ?? 0,
					}))}
				/>
			</section>

			<section aria-labelledby="recent">
				<h2 id="recent">{t('progress.me.recent')}</h2>
				{recent.length === 0 ? (
					<p>{t('progress.me.recentEmpty')}</p>
				) : (
					<ul data-recent>
						{recent.map((a) => (
							<li key={`${a.quizId}-${a.finishedAt}`}>
								{t('progress.me.recentItem', {
									quiz: quizName(a, quizTitles, powerNames),
									score: Math.round(a.score * 10) / 10,
									max: a.maxScore,
								})}{' '}
								· {a.passed ? t('progress.me.passed') : t('progress.me.notPassed')} ·{' '}
								<time dateTime={new Date(a.finishedAt).toISOString()}>
									{new Date(a.finishedAt).toLocaleString('zh-CN')}
								</time>
							</li>
						))}
					</ul>
				)}
			</section>

			<DataTools fontSize={doc.settings.fontSize} />
		</div>
	);
}
