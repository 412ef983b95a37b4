/**
 * Normalising a typed answer for 填空 (blank) comparison.
 *
 * Rule: Unicode NFKC (full-width letters, digits and spaces become half width), latin lower-cased,
 * then every whitespace and punctuation mark removed (全角/半角 alike: ，。、“”《》,.;! …).
 * Nothing else changes: every remaining character must match, so a wrong or missing character is
 * never accepted, and an answer that is only punctuation or spaces is never accepted.
 * Owns: that rule. Must not: be re-implemented anywhere else (the scorer and any UI call this).
 */

const IGNORED = /[\p{P}\p{Z}\s]/gu;

/** The comparable form of a typed answer. */
export function normaliseAnswer(text: string): string {
	return text.normalize('NFKC').toLowerCase().replace(IGNORED, '');
}

/** True when `typed` equals one of `accepted` after normalisation (and is not empty). */
export function isAcceptedAnswer(typed: string, accepted: readonly string[]): boolean {
	const value = normaliseAnswer(typed);
	return value.length > 0 && accepted.some((a) => normaliseAnswer(a) === value);
}
