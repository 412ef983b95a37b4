/**
 * 班级汇总's saved classes: an instructor keeps several classes, each named by class and assignment,
 * adds receipts to one over days, removes a learner, exports a class to a file and imports it again.
 *
 * A class keeps its receipt codes as text and they are decoded again on every read (src/instructor/
 * codec.ts), like the learner's accepted assignments: a stored code is never trusted as data.
 * Kept in localStorage under CLASSES_KEY through the site's guarded storage adapter
 * (src/progress/storage.ts): a blocked or full storage degrades to memory and says so; a stored value
 * that is not a valid class book is kept aside under CLASSES_BACKUP_KEY (never silently thrown away)
 * and the page starts empty with a notice. A class file that does not validate changes nothing.
 * Owns: the class book's shape, its validation, storage and file format. Must not: render or decode
 * receipts itself (class-summary.ts does).
 */
import * as z from 'zod/mini';
import { createStorage, type ProgressStorage, type StorageHealth } from '../progress/storage';
import { MAX_CODES } from './class-summary';
import { isCleanLine, LIMITS, MAX_ASSIGNMENT_CHARS, MAX_RECEIPT_CHARS } from './codec';

z.config({ jitless: true });

export const CLASSES_KEY = 'zuzhili-yanxue:classes';
export const CLASSES_BACKUP_KEY = 'zuzhili-yanxue:classes:backup';
/** A class file larger than this is refused before it is read (a class of 300 is about 120 KB). */
export const MAX_CLASS_FILE_BYTES = 2_000_000;
/** Classes kept at most (each up to MAX_CODES codes: the book stays far below a storage quota). */
export const MAX_CLASSES = 50;
export const NAME_LIMITS = { className: LIMITS.className, assignmentName: 40 } as const;

export interface SavedClass {
	/** Local id (base-36), unique within the book. */
	id: string;
	/** 班级名称, e.g. 2026年秋季村（社区）书记培训一班. */
	className: string;
	/** 作业名称, e.g. 开班前自学; may be empty. */
	assignmentName: string;
	/** The assignment link's `a1.` code, when the instructor gave it (due date, items); else null. */
	assignmentCode: string | null;
	/** Pass mark override in percent, or null to use each receipt's own. */
	passMark: number | null;
	/** Receipt codes, one per learner (the latest kept). */
	codes: string[];
	createdAt: number;
	updatedAt: number;
}

export interface ClassBook {
	v: 1;
	classes: SavedClass[];
}

export const EMPTY_BOOK: ClassBook = { v: 1, classes: [] };

const line = (max: number) => z.string().check(z.refine((s) => isCleanLine(s, max), 'line'));
const optionalLine = (max: number) =>
	z.string().check(z.refine((s) => s === '' || isCleanLine(s, max), 'line'));
const code = z.string().check(z.minLength(1), z.maxLength(MAX_RECEIPT_CHARS));
const time = z.int().check(z.gte(0));

const ClassSchema = z.strictObject({
	id: z.string().check(z.regex(/^[0-9a-z]{1,16}$/u)),
	className: line(NAME_LIMITS.className),
	assignmentName: optionalLine(NAME_LIMITS.assignmentName),
	assignmentCode: z.nullable(z.string().check(z.maxLength(MAX_ASSIGNMENT_CHARS))),
	passMark: z.nullable(z.int().check(z.gte(0), z.lte(100))),
	codes: z.array(code).check(z.maxLength(MAX_CODES)),
	createdAt: time,
	updatedAt: time,
});
const BookSchema = z.strictObject({
	v: z.literal(1),
	classes: z.array(ClassSchema).check(
		z.maxLength(MAX_CLASSES),
		z.refine((cs) => new Set(cs.map((c) => c.id)).size === cs.length, 'repeat'),
	),
});

/** The book in a stored string; null when it is not a valid book (absent input is the empty book). */
export function parseBook(text: string | null): ClassBook | null {
	if (text === null) return EMPTY_BOOK;
	try {
		const parsed = BookSchema.safeParse(JSON.parse(text));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

export type BookNotice = 'corrupt' | StorageHealth;

/** The class book and its storage, with the notice the page shows ('ok' shows none). */
export interface ClassShelf {
	book: ClassBook;
	notice: BookNotice;
	save(book: ClassBook): BookNotice;
}

/** Opens the class book; a stored value that is not a book is kept aside under CLASSES_BACKUP_KEY. */
export function openShelf(storage: ProgressStorage = createStorage()): ClassShelf {
	const read = storage.read(CLASSES_KEY);
	let notice: BookNotice = 'ok';
	let book: ClassBook = EMPTY_BOOK;
	if (!read.ok) notice = 'unavailable';
	else {
		const parsed = parseBook(read.value);
		if (parsed) book = parsed;
		else {
			// Keep it aside (not overwritten by a later corrupt value if a backup is already there).
			const kept = storage.read(CLASSES_BACKUP_KEY);
			if (!kept.ok || kept.value === null) storage.write(CLASSES_BACKUP_KEY, read.value ?? '');
			notice = 'corrupt';
		}
	}
	const shelf: ClassShelf = {
		book,
		notice,
		save(next) {
			shelf.book = next;
			const written = storage.write(CLASSES_KEY, JSON.stringify(next));
			shelf.notice = written.ok ? (shelf.notice === 'corrupt' ? 'corrupt' : 'ok') : written.health;
			return shelf.notice;
		},
	};
	return shelf;
}

// ---------------------------------------------------------------- changes (pure)

/** A new local id not used in the book. */
export function newClassId(book: ClassBook, now: number): string {
	let n = now;
	let id = n.toString(36);
	while (book.classes.some((c) => c.id === id)) id = (++n).toString(36);
	return id.slice(-16);
}

export function addClass(
	book: ClassBook,
	fields: Omit<SavedClass, 'id' | 'createdAt' | 'updatedAt'>,
	now: number,
): { book: ClassBook; id: string } {
	const id = newClassId(book, now);
	const added: SavedClass = { ...fields, id, createdAt: now, updatedAt: now };
	return { book: { v: 1, classes: [...book.classes, added].slice(-MAX_CLASSES) }, id };
}

export function updateClass(
	book: ClassBook,
	id: string,
	change: Partial<Omit<SavedClass, 'id' | 'createdAt'>>,
	now: number,
): ClassBook {
	return {
		v: 1,
		classes: book.classes.map((c) => (c.id === id ? { ...c, ...change, updatedAt: now } : c)),
	};
}

export function removeClass(book: ClassBook, id: string): ClassBook {
	return { v: 1, classes: book.classes.filter((c) => c.id !== id) };
}

// ---------------------------------------------------------------- class file

export const CLASS_FILE_FORMAT = 'zuzhili-yanxue-class';

const ClassFileSchema = z.strictObject({
	format: z.literal(CLASS_FILE_FORMAT),
	v: z.literal(1),
	className: line(NAME_LIMITS.className),
	assignmentName: optionalLine(NAME_LIMITS.assignmentName),
	assignmentCode: z.nullable(z.string().check(z.maxLength(MAX_ASSIGNMENT_CHARS))),
	passMark: z.nullable(z.int().check(z.gte(0), z.lte(100))),
	codes: z.array(code).check(z.maxLength(MAX_CODES)),
});

/** The class as a file's text (JSON; receipts stay codes, checked again on import). */
export function classFile(c: SavedClass): string {
	const file: z.infer<typeof ClassFileSchema> = {
		format: CLASS_FILE_FORMAT,
		v: 1,
		className: c.className,
		assignmentName: c.assignmentName,
		assignmentCode: c.assignmentCode,
		passMark: c.passMark,
		codes: c.codes,
	};
	return `${JSON.stringify(file, null, 1)}\n`;
}

export type ClassFileFailure = 'too-big' | 'not-json' | 'not-class' | 'content';

/** A class file's fields, or why it is refused (the caller changes nothing on failure). */
export function parseClassFile(
	text: string,
):
	| { ok: true; value: Omit<SavedClass, 'id' | 'createdAt' | 'updatedAt'> }
	| { ok: false; reason: ClassFileFailure } {
	if (text.length > MAX_CLASS_FILE_BYTES) return { ok: false, reason: 'too-big' };
	let json: unknown;
	try {
		json = JSON.parse(text.replace(/^\uFEFF/u, ''));
	} catch {
		return { ok: false, reason: 'not-json' };
	}
	if (
		typeof json !== 'object' ||
		json === null ||
		(json as { format?: unknown }).format !== CLASS_FILE_FORMAT
	)
		return { ok: false, reason: 'not-class' };
	const parsed = ClassFileSchema.safeParse(json);
	if (!parsed.success) return { ok: false, reason: 'content' };
	const { format: _f, v: _v, ...value } = parsed.data;
	return { ok: true, value };
}
