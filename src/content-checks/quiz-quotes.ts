/**
 * Quotation marks in the question bank's learner-facing text (stem, options and their feedback,
 * match sides and distractors, order items, blank answers, reference points, model answer,
 * explanation): one style, 「」, as on the rest of the site, with 『』 for the article's own “” inside
 * a quotation. Two rules:
 *   marks     no “ ” ‘ ’ in learner-facing text (`source.quote` is the article verbatim and keeps them);
 *   verbatim  every 「…」 span is the article's wording under the quote rule, in one paragraph, the
 *             title or a heading: 『』 stand for “”, and …… (an omission) and ___ (a blank) split the
 *             span into parts that must each be verbatim. Words that are not the article's carry no 「」.
 * Owns: those two rules on parsed questions. Must not: read files (./quizzes.ts does).
 */
import type { Article } from '../article/parse';
import { normaliseForQuote } from '../article/quote-rule';
import { quotedSpans } from '../lessons/outline';
import { BLANK_MARKER, type Question } from '../schemas/question';
import type { Finding } from './quiz-quality';

/** Fields that are not shown to learners as question text (ids, metadata, the verbatim source). */
const NOT_SHOWN = new Set([
	'id',
	'power',
	'type',
	'level',
	'difficulty',
	'fact',
	'keyLengthExempt',
	'source',
]);

/** Every learner-facing string of a question with its path. */
export function learnerTexts(q: Question): { path: (string | number)[]; text: string }[] {
	const out: { path: (string | number)[]; text: string }[] = [];
	const walk = (value: unknown, path: (string | number)[]) => {
		if (typeof value === 'string') out.push({ path, text: value });
		else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
		else if (value && typeof value === 'object') {
			for (const [key, v] of Object.entries(value)) {
				if (path.length === 0 && NOT_SHOWN.has(key)) continue;
				walk(v, [...path, key]);
			}
		}
	};
	walk(q, []);
	return out;
}

const WESTERN_MARKS = /[“”‘’]/u;

/** The parts of a 「」 span that must be verbatim: 『』 → “”, split at …… and at blanks. */
export function spanParts(span: string): string[] {
	return span
		.replace(/『/gu, '“')
		.replace(/』/gu, '”')
		.split(/……|___/u)
		.filter((part) => part.trim().length > 0);
}

/**
 * The texts a 「」 span may quote: each paragraph, the title and the section headings, normalised
 * under the quote rule once (a part is verbatim when its normal form is a substring of one of them).
 */
export function quotableTexts(article: Article): string[] {
	return [
		article.title,
		...article.sections.map((s) => s.heading).filter(Boolean),
		...article.paragraphs.map((p) => p.raw),
	].map(normaliseForQuote);
}

/** Findings on a question's quotation marks (see the header). */
export function quoteMarkFindings(q: Question, quotable: readonly string[]): Finding[] {
	const findings: Finding[] = [];
	for (const { path, text } of learnerTexts(q)) {
		const mark = WESTERN_MARKS.exec(text);
		if (mark) {
			findings.push({
				id: q.id,
				path,
				message: `用了引号「${mark[0]}」：题库中给学员看的文字统一用「」引用原文（原文自带的 “” 在「」内写作『』），请改写`,
			});
			continue;
		}
		for (const span of quotedSpans(text)) {
			const parts = spanParts(span);
			const verbatim = (part: string) => {
				const normal = normaliseForQuote(part);
				return normal.length > 0 && quotable.some((source) => source.includes(normal));
			};
			if (parts.every(verbatim)) continue;
			findings.push({
				id: q.id,
				path,
				message: `「${span}」不是原文：「」内只能是文章的原话（『』代替原文的 “”，…… 表示省略，${BLANK_MARKER} 是填空），请逐字照录，或去掉「」`,
			});
		}
	}
	return findings;
}
