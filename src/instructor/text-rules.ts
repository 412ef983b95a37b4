/**
 * What text may travel in links and receipts, and when two names are the same learner.
 *
 * Invisible characters can hide or reorder what an instructor or learner sees, or make one learner
 * look like two. The rule is Unicode's own definition rather than a hand list:
 *   - Default_Ignorable_Code_Point (zero-width characters, bidi marks, the Hangul fillers U+115F,
 *     U+1160, U+3164, U+FFA0, U+034F, variation selectors, tag characters U+E0000–E0FFF, …);
 *   - General_Category Cc (controls; tab and newline are handled by the callers), Cf (format:
 *     bidi embeddings and isolates, interlinear annotations, U+0600-style marks), Co (private use),
 *     Zl and Zp (line and paragraph separators);
 *   - blank-looking characters that Unicode does not class as ignorable: U+2800 BRAILLE PATTERN BLANK.
 * Unicode property escapes need only the `u` flag (every browser the site supports).
 *
 * Owns: `hasInvisible()` and `learnerKey()`. Must not: decide lengths or fields (codec.ts does).
 */

const INVISIBLE =
	/(?![\t\n])[\p{Default_Ignorable_Code_Point}\p{Cc}\p{Cf}\p{Co}\p{Zl}\p{Zp}\u2800]/u;

/** Whether `text` holds a character that must not travel (tab and newline are not judged here). */
export function hasInvisible(text: string): boolean {
	return INVISIBLE.test(text);
}

/** A name or unit as compared: NFKC (full-width, compatibility forms), spaces collapsed, trimmed. */
export function comparable(text: string): string {
	return text.normalize('NFKC').replace(/\s+/gu, ' ').trim();
}

/** The identity of a learner in 班级汇总: assignment, name and unit, compared after NFKC. */
export function learnerKey(assignmentId: string, name: string, unit: string): string {
	return JSON.stringify([assignmentId, comparable(name), comparable(unit)]);
}
