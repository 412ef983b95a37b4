/**
 * The missed questions of an r2 receipt as a bitmap over KNOWN_QUESTIONS (./question-index.ts): six
 * questions per base64url character, question i in character ⌊i/6⌋, bit i mod 6; trailing empty
 * characters are dropped, so the code is canonical (one set of questions, one string). The whole bank
 * missed (231 questions) takes 39 characters; a typical receipt a handful.
 * Owns: packing and unpacking the bitmap. Must not: know receipts' other fields or question content.
 */
import { KNOWN_QUESTIONS, questionIndex } from './question-index';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

/** The longest bitmap any receipt can carry: every indexed question missed. */
export const MAX_MISSED_CHARS = Math.ceil(KNOWN_QUESTIONS.length / 6);

/** The bitmap of these question ids; ids not in the index are left out (and returned in `unindexed`). */
export function packMissed(ids: Iterable<string>): { bits: string; unindexed: string[] } {
	const values: number[] = [];
	const unindexed: string[] = [];
	for (const id of ids) {
		const i = questionIndex(id);
		if (i === undefined) {
			unindexed.push(id);
			continue;
		}
		const at = Math.floor(i / 6);
		while (values.length <= at) values.push(0);
		values[at]! |= 1 << (i % 6);
	}
	return { bits: values.map((v) => ALPHABET[v]).join(''), unindexed };
}

/**
 * The question ids of a bitmap in index order, or null when it is not canonical (a trailing empty
 * character), holds a character outside base64url or sets a bit past the end of the index.
 */
export function unpackMissed(bits: string): string[] | null {
	if (bits.length > MAX_MISSED_CHARS) return null;
	if (bits.endsWith('A')) return null;
	const ids: string[] = [];
	for (let c = 0; c < bits.length; c++) {
		const v = VALUE.get(bits[c]!);
		if (v === undefined) return null;
		for (let b = 0; b < 6; b++) {
			if (!(v & (1 << b))) continue;
			const id = KNOWN_QUESTIONS[c * 6 + b];
			if (id === undefined) return null;
			ids.push(id);
		}
	}
	return ids;
}
