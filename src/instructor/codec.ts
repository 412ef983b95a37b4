/**
 * The ONE module that encodes and decodes everything the instructor tools send through links and
 * codes: assignment links (`a1.`), 学习回执 receipts (`r1.`, and `r2.` which adds the missed questions;
 * both with a CRC-32 checksum) and paper links (`p1.`). Every decode checks, in this order: size limit → prefix and version → characters →
 * base64url → strict UTF-8 → JSON (no prototype keys) → zod schema (lengths, ranges, no control or
 * bidi characters). Decoded text is plain data: callers render it as text, never as HTML.
 *
 * The formats are stable and documented in README "Link and receipt formats"; a change of meaning
 * needs a new version prefix (a2., r2., p2.) and decoding of the old one kept.
 * Owns: wire formats, their schemas and limits. Must not: touch storage, the DOM or UI wording
 * (failures are reason codes; src/i18n/zh-CN/instructor.json words them).
 */
import * as z from 'zod/mini';
import { CAPACITY_IDS, type CapacityId } from '../article/powers';
import { isReservedId } from '../schemas/ids';
import { crc32Hex } from './checksum';
import { hasInvisible } from './text-rules';
import { compactRef, expandRef, type ItemRef } from './items';
import { MAX_MISSED_CHARS, packMissed, unpackMissed } from './missed';

// zod/mini (the tree-shakeable form of the zod astro/zod re-exports): the assignment page runs on
// learners' phones, and full zod adds ≈ 27 KB gzip to it. Zod's object parser probes `new Function`
// to pick a faster code path; under our CSP (no 'unsafe-eval') the probe is blocked and reported as a
// CSP issue. Parse without it.
z.config({ jitless: true });

// ---------------------------------------------------------------- limits

/** Longest accepted assignment payload (the part after `#`), in characters. */
export const MAX_ASSIGNMENT_CHARS = 2400;
/** Longest accepted receipt code, in characters. */
export const MAX_RECEIPT_CHARS = 1200;
/** Longest accepted paper payload, in characters. */
export const MAX_PAPER_CHARS = 4000;
export const LIMITS = {
	className: 40,
	note: 300,
	name: 20,
	unit: 40,
	items: 60,
	paperQuestions: 100,
	paperTitle: 40,
} as const;

// ---------------------------------------------------------------- results

export type DecodeFailure =
	| 'empty'
	| 'too-long'
	| 'kind'
	| 'version'
	| 'characters'
	| 'checksum'
	| 'encoding'
	| 'content'
	/** An assignment whose learners' receipts could exceed MAX_RECEIPT_CHARS. */
	| 'receipt-too-long';

export type DecodeResult<T> =
	{ ok: true; value: T } | { ok: false; reason: DecodeFailure; field?: string };

const fail = <T>(reason: DecodeFailure, field?: string): DecodeResult<T> =>
	field === undefined ? { ok: false, reason } : { ok: false, reason, field };

// ---------------------------------------------------------------- text rules

/** Characters never accepted in travelling text: see ./text-rules.ts (tab and newline: below). */
const HIDDEN = { test: hasInvisible };
const LINE_BREAKS = /[\t\n]/u;

const lineText = (max: number, min = 1) =>
	z.pipe(
		z.string().check(
			z.maxLength(max),
			z.refine((s) => !HIDDEN.test(s) && !LINE_BREAKS.test(s), 'hidden'),
		),
		z.pipe(
			z.transform((s: string) => s.trim()),
			z.string().check(z.refine((s) => s.length >= min, 'empty')),
		),
	);
const noteText = (max: number) =>
	z.string().check(
		z.maxLength(max),
		z.refine((s) => !HIDDEN.test(s), 'hidden'),
	);
/** An integer from `min` to `max`. */
const intIn = (min: number, max: number) => z.int().check(z.gte(min), z.lte(max));
/** An id that names a record somewhere: its pattern, and never an Object.prototype member. */
const idMatching = (re: RegExp) =>
	z.string().check(
		z.regex(re),
		z.refine((s) => !isReservedId(s), 'reserved'),
	);

/** Whether a user-typed single-line value may travel (the builder and receipt forms check before encoding). */
export function isCleanLine(value: string, max: number): boolean {
	return (
		value.trim().length > 0 &&
		value.length <= max &&
		!HIDDEN.test(value) &&
		!LINE_BREAKS.test(value)
	);
}
export function isCleanNote(value: string, max: number): boolean {
	return value.length <= max && !HIDDEN.test(value);
}

// ---------------------------------------------------------------- bytes

const B64URL = /^[A-Za-z0-9_-]+$/u;

export function toBase64Url(text: string): string {
	const bytes = new TextEncoder().encode(text);
	let binary = '';
	for (const b of bytes) binary += String.fromCharCode(b);
	return btoa(binary).replace(/\+/gu, '-').replace(/\//gu, '_').replace(/=+$/u, '');
}

/** Decodes base64url to text; null when it is not base64url or not valid UTF-8. */
export function fromBase64Url(data: string): string | null {
	if (!B64URL.test(data) || data.length % 4 === 1) return null;
	try {
		const binary = atob(data.replace(/-/gu, '+').replace(/_/gu, '/'));
		const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

/** JSON.parse that refuses Object.prototype member names as keys; null on any failure. */
function parseJson(text: string): unknown {
	try {
		return JSON.parse(text, function (this: unknown, key: string, value: unknown) {
			if (isReservedId(key)) throw new Error('reserved key');
			return value;
		}) as unknown;
	} catch {
		return null;
	}
}

/** Shared front half of every decode: size, prefix, version, characters, base64url, JSON. */
function unwrap(
	input: string,
	kind: 'a' | 'r' | 'p',
	max: number,
	versions: readonly string[] = ['1'],
): { ok: true; json: unknown; version: string } | { ok: false; reason: DecodeFailure } {
	const text = input.trim();
	if (text === '') return { ok: false, reason: 'empty' };
	if (text.length > max) return { ok: false, reason: 'too-long' };
	const match = /^([a-z])(\d{1,3})\.(.*)$/su.exec(text);
	if (!match || match[1] !== kind) return { ok: false, reason: 'kind' };
	const version = match[2]!;
	if (!versions.includes(version)) return { ok: false, reason: 'version' };
	const body = match[3]!;
	if (!B64URL.test(body)) return { ok: false, reason: 'characters' };
	const decoded = fromBase64Url(body);
	if (decoded === null) return { ok: false, reason: 'encoding' };
	const json = parseJson(decoded);
	if (json === null) return { ok: false, reason: 'encoding' };
	return { ok: true, json, version };
}

function fieldOf(error: z.core.$ZodError, names: Readonly<Record<string, string>>): string {
	const first = error.issues[0];
	const key = first?.path[0];
	return (key !== undefined && names[String(key)]) || 'payload';
}

// ---------------------------------------------------------------- assignment (a1.)

const epochSeconds = intIn(0, 4_102_444_800);
const isoDate = z.string().check(
	z.regex(/^\d{4}-\d{2}-\d{2}$/u),
	z.refine(
		(s) =>
			!Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
			new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
	),
);
const compactRefSchema = z.pipe(
	z.union([intIn(0, 9999), z.string().check(z.maxLength(50))]),
	z.transform((c: number | string, ctx) => {
		const ref = expandRef(c);
		if (ref === null) {
			ctx.issues.push({ code: 'custom', message: 'item', input: c });
			return z.NEVER;
		}
		return ref;
	}),
);
const uniqueRefs = (refs: ItemRef[]) => new Set(refs).size === refs.length;

/** The assignment as it travels (short keys keep links and QR codes small). */
export const AssignmentWireSchema = z.strictObject({
	/** Assignment id: 6–16 lower-case base-36 characters, random per assignment. */
	i: idMatching(/^[0-9a-z]{6,16}$/u),
	/** Class name (班级). */
	c: lineText(LIMITS.className),
	/** Note to learners, optional; may contain line breaks. */
	n: z.optional(noteText(LIMITS.note)),
	/** Due date YYYY-MM-DD, optional. */
	d: z.optional(isoDate),
	/** Pass mark in percent, 0–100. */
	m: intIn(0, 100),
	/** Items, compact references (see items.ts), 1–60, no repeats. */
	t: z
		.array(compactRefSchema)
		.check(z.minLength(1), z.maxLength(LIMITS.items), z.refine(uniqueRefs, 'repeat')),
	/** Created, epoch seconds. */
	s: epochSeconds,
});
const ASSIGNMENT_FIELDS = {
	i: 'id',
	c: 'className',
	n: 'note',
	d: 'due',
	m: 'passMark',
	t: 'items',
	s: 'createdAt',
};

export interface Assignment {
	id: string;
	className: string;
	note: string;
	/** YYYY-MM-DD or null. */
	due: string | null;
	/** Percent, 0–100. */
	passMark: number;
	items: ItemRef[];
	/** Epoch milliseconds (second precision). */
	createdAt: number;
}

export function encodeAssignment(a: Assignment): string {
	const wire: z.input<typeof AssignmentWireSchema> = {
		i: a.id,
		c: a.className,
		...(a.note ? { n: a.note } : {}),
		...(a.due ? { d: a.due } : {}),
		m: a.passMark,
		t: a.items.map(compactRef),
		s: Math.floor(a.createdAt / 1000),
	};
	return `a1.${toBase64Url(JSON.stringify(wire))}`;
}

export function decodeAssignment(input: string): DecodeResult<Assignment> {
	const front = unwrap(input.replace(/^#/u, ''), 'a', MAX_ASSIGNMENT_CHARS);
	if (!front.ok) return fail(front.reason);
	const parsed = AssignmentWireSchema.safeParse(front.json);
	if (!parsed.success) return fail('content', fieldOf(parsed.error, ASSIGNMENT_FIELDS));
	const w = parsed.data;
	const value: Assignment = {
		id: w.i,
		className: w.c,
		note: w.n ?? '',
		due: w.d ?? null,
		passMark: w.m,
		items: w.t,
		createdAt: w.s * 1000,
	};
	if (!receiptFits(value)) return fail('receipt-too-long', 'items');
	return { ok: true, value };
}

/** A fresh random assignment id (8 base-36 characters). */
export function newAssignmentId(random: () => number = Math.random): string {
	let id = '';
	for (let i = 0; i < 8; i++) id += Math.floor(random() * 36).toString(36);
	return id;
}

// ---------------------------------------------------------------- receipt (r1.)

export const ITEM_STATUSES = ['todo', 'doing', 'done'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export interface ReceiptItem {
	ref: ItemRef;
	status: ItemStatus;
	/** Best score in percent, or null for items without a score (lessons, cases) or not yet tried. */
	score: number | null;
}

export interface Receipt {
	assignmentId: string;
	name: string;
	unit: string;
	/** The assignment's pass mark in percent. */
	passMark: number;
	items: ReceiptItem[];
	/** Per-capacity mastery in percent, null when nothing was answered for it. */
	mastery: Record<CapacityId, number | null>;
	/** Epoch ms (second precision): when the learner accepted the assignment. */
	acceptedAt: number;
	/** Epoch ms of the latest recorded activity on the items, or null. */
	lastActivityAt: number | null;
	/** Epoch ms when the receipt was made. */
	issuedAt: number;
	/**
	 * r2: the questions missed in the latest attempt of each assigned quiz, in question-index order
	 * (./question-index.ts). Absent in r1 receipts (not known), empty when nothing was missed.
	 */
	missed?: readonly string[] | undefined;
}

const percentOrNone = intIn(-1, 100);

/** r1 fields 0–8 (shared by r2). */
const RECEIPT_R1_FIELDS = [
	/* 0 assignment id */ idMatching(/^[0-9a-z]{6,16}$/u),
	/* 1 name */ lineText(LIMITS.name),
	/* 2 unit */ lineText(LIMITS.unit),
	/* 3 pass mark % */ intIn(0, 100),
	/* 4 items: [ref, status 0 todo | 1 doing | 2 done, score % or -1] */
	z.array(z.tuple([compactRefSchema, intIn(0, 2), percentOrNone])).check(
		z.minLength(1),
		z.maxLength(LIMITS.items),
		z.refine((items) => uniqueRefs(items.map((i) => i[0])), 'repeat'),
	),
	/* 5 mastery % per capacity in CAPACITY_IDS order, -1 = none */
	z.array(percentOrNone).check(z.length(CAPACITY_IDS.length)),
	/* 6 accepted, epoch s */ epochSeconds,
	/* 7 last activity, epoch s, 0 = none */ epochSeconds,
	/* 8 issued, epoch s */ epochSeconds,
] as const;

/** The r1 receipt as it travels: one JSON array (no keys at all, so it stays short). */
export const ReceiptWireSchema = z.tuple([...RECEIPT_R1_FIELDS]);

/** The missed-question bitmap (./missed.ts) → question ids; unknown indices and odd forms fail. */
const missedSchema = z.pipe(
	z.string().check(z.maxLength(MAX_MISSED_CHARS)),
	z.transform((bits: string, ctx) => {
		const ids = unpackMissed(bits);
		if (ids === null) {
			ctx.issues.push({ code: 'custom', message: 'missed', input: bits });
			return z.NEVER;
		}
		return ids;
	}),
);

/** The r2 receipt: r1's nine fields, then 9 the missed questions' bitmap. */
export const ReceiptR2WireSchema = z.tuple([...RECEIPT_R1_FIELDS, missedSchema]);
const RECEIPT_FIELDS = {
	0: 'id',
	1: 'name',
	2: 'unit',
	3: 'passMark',
	4: 'items',
	5: 'mastery',
	6: 'times',
	7: 'times',
	8: 'times',
	9: 'missed',
};

const seconds = (ms: number) => Math.floor(ms / 1000);

/** The latest time the formats carry (epochSeconds' upper bound), in ms. */
const LATEST_MS = 4_102_444_800_000;

/**
 * Whether every receipt for this assignment fits MAX_RECEIPT_CHARS: the longest one possible — name
 * and unit at their limits in 3-byte UTF-8 characters (the most any UTF-16 unit takes: a CJK character),
 * every item done at 100 %, every mastery 100 %, the latest times. The builder and the decoder refuse
 * an assignment that fails this, so no learner is ever handed a receipt 班级汇总 would reject.
 */
export function receiptFits(a: Pick<Assignment, 'id' | 'passMark' | 'items'>): boolean {
	const worst: Receipt = {
		assignmentId: a.id,
		name: '\u4e00'.repeat(LIMITS.name),
		unit: '\u4e00'.repeat(LIMITS.unit),
		passMark: a.passMark,
		items: a.items.map((ref) => ({ ref, status: 'done', score: 100 })),
		mastery: Object.fromEntries(CAPACITY_IDS.map((c) => [c, 100])) as Record<CapacityId, number>,
		acceptedAt: LATEST_MS,
		lastActivityAt: LATEST_MS,
		issuedAt: LATEST_MS,
	};
	return encodeReceipt(worst).length <= MAX_RECEIPT_CHARS;
}

/**
 * The receipt code: `r2.` when `missed` is given, `r1.` otherwise. Should the r2 code not fit
 * MAX_RECEIPT_CHARS (an assignment at the edge of receiptFits), it falls back to r1 — the class table
 * then lacks this learner's missed questions rather than rejecting the receipt.
 */
export function encodeReceipt(r: Receipt): string {
	const r1 = wireR1(r);
	if (r.missed !== undefined) {
		const r2 = sealReceipt('r2', [...r1, packMissed(r.missed).bits]);
		if (r2.length <= MAX_RECEIPT_CHARS) return r2;
	}
	return sealReceipt('r1', r1);
}

function sealReceipt(version: 'r1' | 'r2', wire: unknown[]): string {
	const head = `${version}.${toBase64Url(JSON.stringify(wire))}`;
	return `${head}.${crc32Hex(head)}`;
}

function wireR1(r: Receipt): z.input<typeof ReceiptWireSchema> {
	return [
		r.assignmentId,
		r.name,
		r.unit,
		r.passMark,
		r.items.map((i) => [compactRef(i.ref), ITEM_STATUSES.indexOf(i.status), i.score ?? -1]),
		CAPACITY_IDS.map((c) => r.mastery[c] ?? -1),
		seconds(r.acceptedAt),
		r.lastActivityAt === null ? 0 : seconds(r.lastActivityAt),
		seconds(r.issuedAt),
	];
}

export function decodeReceipt(input: string): DecodeResult<Receipt> {
	const text = input.trim();
	if (text === '') return fail('empty');
	if (text.length > MAX_RECEIPT_CHARS) return fail('too-long');
	const dot = text.lastIndexOf('.');
	const head = text.slice(0, dot);
	const sum = text.slice(dot + 1);
	if (!/^[a-z]\d{1,3}\./u.test(text)) return fail('kind');
	if (!text.startsWith('r')) return fail('kind');
	if (!text.startsWith('r1.') && !text.startsWith('r2.')) return fail('version');
	if (dot <= 3 || !/^[0-9a-f]{8}$/u.test(sum)) return fail('characters');
	if (crc32Hex(head) !== sum) return fail('checksum');
	const front = unwrap(head, 'r', MAX_RECEIPT_CHARS, ['1', '2']);
	if (!front.ok) return fail(front.reason);
	const parsed =
		front.version === '2'
			? ReceiptR2WireSchema.safeParse(front.json)
			: ReceiptWireSchema.safeParse(front.json);
	if (!parsed.success) return fail('content', fieldOf(parsed.error, RECEIPT_FIELDS));
	const [id, name, unit, passMark, items, mastery, accepted, last, issued] = parsed.data;
	const missed = parsed.data.length > 9 ? ((parsed.data as unknown[])[9] as string[]) : undefined;
	return {
		ok: true,
		value: {
			assignmentId: id,
			name,
			unit,
			passMark,
			items: items.map(([ref, status, score]) => ({
				ref,
				status: ITEM_STATUSES[status]!,
				score: score < 0 ? null : score,
			})),
			mastery: Object.fromEntries(
				CAPACITY_IDS.map((c, i) => [c, mastery[i]! < 0 ? null : mastery[i]!]),
			) as Record<CapacityId, number | null>,
			acceptedAt: accepted * 1000,
			lastActivityAt: last === 0 ? null : last * 1000,
			issuedAt: issued * 1000,
			...(missed ? { missed } : {}),
		},
	};
}

// ---------------------------------------------------------------- paper (p1.)

export interface PaperSpec {
	/** Seed (uint32) that drew the questions and orders options. */
	seed: number;
	/** Question ids in paper order. */
	questions: string[];
	/** Title printed on the paper. */
	title: string;
	/** Pass mark in percent (links made before it existed carry none: DEFAULT_PAPER_PASS_MARK). */
	passMark: number;
}

/** The pass mark of a paper link without one. */
export const DEFAULT_PAPER_PASS_MARK = 60;

export const PaperWireSchema = z.strictObject({
	s: intIn(0, 0xffffffff),
	q: z.array(idMatching(/^[a-z0-9][a-z0-9-]{0,63}$/u)).check(
		z.minLength(1),
		z.maxLength(LIMITS.paperQuestions),
		z.refine((q) => new Set(q).size === q.length, 'repeat'),
	),
	t: lineText(LIMITS.paperTitle),
	/** Pass mark in percent; optional (absent in links made before it existed). */
	m: z.optional(intIn(0, 100)),
});
const PAPER_FIELDS = { s: 'seed', q: 'questions', t: 'title', m: 'passMark' };

export function encodePaper(p: PaperSpec): string {
	return `p1.${toBase64Url(JSON.stringify({ s: p.seed, q: p.questions, t: p.title, m: p.passMark }))}`;
}

export function decodePaper(input: string): DecodeResult<PaperSpec> {
	const front = unwrap(input.replace(/^#/u, ''), 'p', MAX_PAPER_CHARS);
	if (!front.ok) return fail(front.reason);
	const parsed = PaperWireSchema.safeParse(front.json);
	if (!parsed.success) return fail('content', fieldOf(parsed.error, PAPER_FIELDS));
	return {
		ok: true,
		value: {
			seed: parsed.data.s,
			questions: parsed.data.q,
			title: parsed.data.t,
			passMark: parsed.data.m ?? DEFAULT_PAPER_PASS_MARK,
		},
	};
}
