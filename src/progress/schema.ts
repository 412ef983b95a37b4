/**
 * The stored shape of a learner's progress (the document under STORAGE_KEY) and of an export file.
 *
 * Owns: the zod schemas every read passes through, the document's types, `emptyDoc()`.
 * Must not: read or write storage (src/progress/storage.ts), or hold logic over the document
 * (src/progress/doc.ts and src/progress/derive.ts).
 *
 * Uses `zod/mini` (the same zod that `astro/zod` re-exports, in its tree-shakeable form): the store
 * runs on every page, and `astro/zod` bundles the whole of zod (≈ 27 KB gzip) against ≈ 5 KB here.
 * The enums come from the zod-free src/schemas/question-types.ts and quiz-kinds.ts.
 */
import * as z from 'zod/mini';
import { POWER_IDS } from '../article/powers';
import { isReservedId } from '../schemas/ids';
import { QUESTION_TYPES } from '../schemas/question-types';
import { QUIZ_KINDS } from '../schemas/quiz-kinds';

/** Marks the document as ours: a value under our key without it is a foreign app's. */
export const APP_ID = 'zuzhili-yanxue';
/** The current document version. Older versions are migrated (src/progress/migrations.ts). */
export const DOC_VERSION = 2;

/** Quiz kinds as recorded: a set's kind, or `custom` for an attempt that is no set (a 错题本 retry). */
export const QUIZ_KIND_VALUES = [...QUIZ_KINDS, 'custom'] as const;

export const FONT_SIZES = ['standard', 'large', 'xlarge'] as const;
export type FontSize = (typeof FONT_SIZES)[number];

const notReserved = z.refine<string>((s) => !isReservedId(s), 'reserved');
/** Ids we key records by: lower-case words with dashes, never an Object.prototype member. */
const idString = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,79}$/u), notReserved);
/** Assignment ids come from instructors' links: letters, digits, `_` and `-`, starting alphanumeric. */
const assignmentId = z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/u), notReserved);

/** Whether `id` may key a lesson, quiz, question or case record. */
export function isRecordId(id: string): boolean {
	return idString.safeParse(id).success;
}
/** Whether `id` may key an assignment record. */
export function isAssignmentId(id: string): boolean {
	return assignmentId.safeParse(id).success;
}
/** Epoch milliseconds, plausible (after 2020, before 2100). */
const time = z.number().check(z.gte(1_577_836_800_000), z.lte(4_102_444_800_000));
const ratio = z.number().check(z.gte(0), z.lte(1));
const count = z.number().check(z.gte(0));
const power = z.enum(POWER_IDS);

/** One question's outcome inside an attempt (src/quiz/attempt.ts QuestionOutcome). */
export const QuestionOutcomeSchema = z.object({
	questionId: idString,
	power,
	type: z.enum(QUESTION_TYPES),
	score: ratio,
	correct: z.boolean(),
	selfAssessed: z.boolean(),
	response: z.optional(z.unknown()),
	/** Left unanswered in a test (src/quiz/attempt.ts): kept out of the question's history. */
	skipped: z.optional(z.boolean()),
});

/** One quiz attempt, exactly as the quiz engine reports it (src/quiz/attempt.ts AttemptResult). */
export const AttemptSchema = z.object({
	version: z.literal(1),
	quizId: idString,
	kind: z.enum(QUIZ_KIND_VALUES),
	mode: z.enum(['practice', 'test']),
	seed: z.number(),
	startedAt: time,
	finishedAt: time,
	questions: z.array(QuestionOutcomeSchema).check(z.maxLength(500)),
	score: count,
	maxScore: count,
	passMark: ratio,
	passed: z.boolean(),
});

/** One answer to one question: when, and its score (0–1). */
export const AnswerSchema = z.object({
	at: time,
	score: ratio,
	correct: z.boolean(),
});

export const QuestionHistorySchema = z.object({
	power,
	/** Oldest first; capped at MAX_ANSWERS_PER_QUESTION (src/progress/doc.ts). */
	answers: z.array(AnswerSchema),
});

export const LessonRecordSchema = z.object({
	firstVisitedAt: time,
	lastVisitedAt: time,
	/** When the lesson's end marker first scrolled into view. */
	readAt: z.optional(time),
	/** When its lesson quiz (`lesson-<id>`) was first passed. */
	quizPassedAt: z.optional(time),
});

/** A summary per quiz set, kept even when old attempts are dropped. */
export const QuizSummarySchema = z.object({
	lastAt: time,
	lastRatio: ratio,
	bestRatio: ratio,
	passedAt: z.optional(time),
});

export const CaseEndingSchema = z.object({
	caseId: idString,
	endingId: idString,
	/** The choices taken, in order (ids from the case file). */
	path: z.array(z.string().check(z.maxLength(80))).check(z.maxLength(100)),
	finishedAt: time,
});

/** An accepted assignment: the instructor tools own `payload`'s shape and validate it themselves. */
export const AssignmentRecordSchema = z.object({
	id: assignmentId,
	acceptedAt: time,
	/** Last change (accepting, updating or removing): the merge keeps the later one. */
	updatedAt: time,
	removedAt: z.optional(time),
	payload: z.record(z.string(), z.unknown()),
});

export const SettingsSchema = z.object({
	fontSize: z.enum(FONT_SIZES),
	updatedAt: z.number().check(z.gte(0)),
});

/**
 * Keys of work in progress: `<kind>:<id>`, e.g. `quiz:exam`, `quiz:lesson-leadership`, `case:<caseId>`,
 * `classroom:game`.
 * Only the owner of the kind interprets `data` (src/progress/in-progress.ts validates the envelope).
 */
export const inProgressKey = z
	.string()
	.check(z.regex(/^(?:quiz|case|classroom):[a-z0-9][a-z0-9-]{0,79}$/u));

/**
 * One piece of unfinished work (an attempt, a case walk). `data` absent = cleared: the tombstone
 * keeps a clear from being undone by a merge with an older copy (another tab, an import).
 */
export const InProgressRecordSchema = z.object({
	updatedAt: time,
	data: z.optional(z.unknown()),
});

export const LastLocationSchema = z.object({
	/** A site path relative to the base, e.g. `lessons/leadership/`. */
	path: z.string().check(z.regex(/^[a-z0-9/_-]{0,200}$/u)),
	title: z.string().check(z.maxLength(200)),
	at: time,
});

export const ProgressDocSchema = z.object({
	app: z.literal(APP_ID),
	version: z.literal(DOC_VERSION),
	/** When this record began (a reset begins a new one): tabs and imports compare it. */
	createdAt: time,
	/** A reset's record: the createdAt of the record it replaced (tabs still on it follow the reset). */
	resetFrom: z.optional(time),
	updatedAt: time,
	lessons: z.record(idString, LessonRecordSchema),
	/** The latest attempts, oldest first; capped at MAX_ATTEMPTS. */
	attempts: z.array(AttemptSchema),
	quizzes: z.record(idString, QuizSummarySchema),
	questions: z.record(idString, QuestionHistorySchema),
	cases: z.array(CaseEndingSchema),
	assignments: z.record(assignmentId, AssignmentRecordSchema),
	/** Local dates (YYYY-MM-DD) with any activity, sorted; capped at MAX_DAYS. */
	days: z.array(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/u))),
	lastLocation: z.optional(LastLocationSchema),
	settings: SettingsSchema,
	/** Work in progress by key (version 2): see src/progress/in-progress.ts. */
	inProgress: z.record(inProgressKey, InProgressRecordSchema),
});

export type ProgressDoc = z.output<typeof ProgressDocSchema>;
export type StoredAttempt = z.output<typeof AttemptSchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type LessonRecord = z.output<typeof LessonRecordSchema>;
export type CaseEnding = z.output<typeof CaseEndingSchema>;
export type AssignmentRecord = z.output<typeof AssignmentRecordSchema>;
export type Settings = z.output<typeof SettingsSchema>;
export type InProgressRecord = z.output<typeof InProgressRecordSchema>;

/** The export file: `{ format, version, exportedAt, progress }`. */
export const EXPORT_FORMAT = 'zuzhili-yanxue-progress';
export const EXPORT_VERSION = 1;

export const ExportFileSchema = z.object({
	format: z.literal(EXPORT_FORMAT),
	version: z.literal(EXPORT_VERSION),
	exportedAt: time,
	progress: z.unknown(),
});

export function emptyDoc(now: number): ProgressDoc {
	return {
		app: APP_ID,
		version: DOC_VERSION,
		createdAt: now,
		updatedAt: now,
		lessons: {},
		attempts: [],
		quizzes: {},
		questions: {},
		cases: [],
		assignments: {},
		days: [],
		settings: { fontSize: 'standard', updatedAt: 0 },
		inProgress: {},
	};
}
