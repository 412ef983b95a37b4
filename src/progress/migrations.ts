/**
 * Migrations of the stored progress document, and decoding a raw stored string into a valid document.
 *
 * Owns: `decodeDocument` (JSON → fault classification → migrate → validate) and the migration table.
 * Must not: touch storage (it receives the raw string and returns a verdict).
 *
 * Migration rules: each entry upgrades version n to n + 1 and is pure (old document in, newer out).
 * A value whose version is newer than DOC_VERSION is never downgraded: it is kept as a backup
 * (the learner may have opened an older copy of the site). When the shape changes, bump DOC_VERSION
 * in schema.ts and add `n: (vn) => vn+1` here.
 *   1 → 2  adds `inProgress: {}` (work in progress, src/progress/in-progress.ts).
 */
import { isReservedId } from '../schemas/ids';
import { APP_ID, DOC_VERSION, ProgressDocSchema, type ProgressDoc } from './schema';

export type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** version n → n + 1. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
	1: (doc) => ({ ...doc, inProgress: {} }),
};

/** Why a stored value could not be used (it is kept as a backup and the learner is told). */
export type FaultReason = 'corrupt' | 'wrong-type' | 'foreign' | 'future-version' | 'invalid';

export type Decoded =
	| { kind: 'empty' }
	| { kind: 'ok'; doc: ProgressDoc; migratedFrom?: number }
	| { kind: 'fault'; reason: FaultReason; detail: string };

/**
 * JSON.parse that drops every key naming an Object.prototype member (src/schemas/ids.ts): no record
 * may be keyed by one, and one such entry (an older version stored `assignments.constructor`) must
 * not make the whole document unreadable. Throws SyntaxError on bad JSON.
 */
export function safeJsonParse(raw: string): unknown {
	return JSON.parse(raw, (key, value: unknown) => (isReservedId(key) ? undefined : value));
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Apply migration steps from version `from` up to `to`; undefined if a step is missing. */
export function migrate(
	doc: Record<string, unknown>,
	from: number,
	to: number,
	migrations: Readonly<Record<number, Migration>>,
): Record<string, unknown> | undefined {
	let out = doc;
	for (let v = from; v < to; v++) {
		const step = migrations[v];
		if (!step) return undefined;
		out = { ...step(out), version: v + 1 };
	}
	return out;
}

/** Upgrade a parsed document of our app to DOC_VERSION, validate it, or say why it cannot be used. */
export function migrateAndValidate(
	value: unknown,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Decoded {
	if (!isRecord(value)) return { kind: 'fault', reason: 'wrong-type', detail: typeof value };
	if (value['app'] !== APP_ID) return { kind: 'fault', reason: 'foreign', detail: 'app' };
	const version = value['version'];
	if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
		return { kind: 'fault', reason: 'invalid', detail: 'version' };
	if (version > DOC_VERSION)
		return { kind: 'fault', reason: 'future-version', detail: String(version) };
	const doc = migrate(value, version, DOC_VERSION, migrations);
	if (!doc) return { kind: 'fault', reason: 'invalid', detail: `no migration from ${version}` };
	const parsed = ProgressDocSchema.safeParse(doc);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		return { kind: 'fault', reason: 'invalid', detail: issue ? issue.path.join('.') : '' };
	}
	return version < DOC_VERSION
		? { kind: 'ok', doc: parsed.data, migratedFrom: version }
		: { kind: 'ok', doc: parsed.data };
}

/** Decode the raw string stored under our key (null: nothing stored yet). */
export function decodeDocument(
	raw: string | null,
	migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
): Decoded {
	if (raw === null || raw === '') return { kind: 'empty' };
	let value: unknown;
	try {
		value = safeJsonParse(raw);
	} catch {
		return { kind: 'fault', reason: 'corrupt', detail: 'json' };
	}
	return migrateAndValidate(value, migrations);
}
