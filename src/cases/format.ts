/**
 * Constants of the case format v2 that the player needs at run time, kept free of zod so the player
 * island does not bundle the schema (src/schemas/case.ts imports them from here).
 *
 * Owns: the reserved `next` target and the grade names. Must not: import the schema.
 */

/** The `next` target that hands over to the case's `endings` rules. */
export const ENDING_TARGET = 'ending';

/** How a choice measures up against the article. */
export const CHOICE_GRADES = ['good', 'partial', 'poor'] as const;
export type ChoiceGrade = (typeof CHOICE_GRADES)[number];
