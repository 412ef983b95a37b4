/**
 * 全文提纲 (/outline/): the article's structure on one printable page — the opening paragraph, then
 * for each capacity 定位 → 含义 → 判断标准 → 举措 — read from `content/outline/outline.yaml`.
 *
 * Rule for the file: text inside 「…」 (or a nested 『…』) is the article's own wording and must pass
 * the quote rule against the section's paragraphs; the article's “” are written 「」/『』 there, and
 * …… marks an omission. Anything that is not the article's wording carries no 「」.
 * Owns: the outline's format, reading it, and its fidelity check (the page throws on a problem, so
 * the build fails naming the file and the item). Must not: restate capacity names, roles, headings or
 * paragraph ranges (src/article/powers.ts holds them).
 */
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import type { Paragraph } from '../article/parse';
import { CAPACITY_IDS, POWERS, type CapacityId, type ParagraphId } from '../article/powers';
import { isVerbatimQuote } from '../article/quote-rule';

export const OUTLINE_FILE = 'content/outline/outline.yaml';

const RowSchema = z
	.object({
		label: z.string().trim().min(1),
		text: z.string().trim().min(1).optional(),
		items: z.array(z.string().trim().min(1)).min(1).optional(),
	})
	.strict()
	.refine((row) => (row.text === undefined) !== (row.items === undefined), {
		message: '每一行要么写 text，要么写 items（列表），不能两者都写或都不写',
	});

export const OutlineSchema = z
	.object({
		opening: z.array(RowSchema).min(1),
		sections: z
			.array(z.object({ power: z.enum(CAPACITY_IDS), rows: z.array(RowSchema).min(1) }).strict())
			.length(CAPACITY_IDS.length),
	})
	.strict();

export type OutlineRow = z.infer<typeof RowSchema>;
export type Outline = z.infer<typeof OutlineSchema>;

/** The outermost 「…」 spans of a text, with 『』 inside them kept. */
export function quotedSpans(text: string): string[] {
	return [...text.matchAll(/「([^「」]*)」/gu)].map((m) => m[1] ?? '');
}

/** A 「」 span as the article writes it: 『』 become “”, and …… splits it into parts. */
function articleParts(span: string): string[] {
	return span
		.replace(/『/gu, '“')
		.replace(/』/gu, '”')
		.split('……')
		.filter((part) => part.trim().length > 0);
}

/** Problems in the outline: every 「」 span must be verbatim in the section's paragraphs, in order. */
export function checkOutline(outline: Outline, paragraphs: readonly Paragraph[]): string[] {
	const text = (ids: readonly ParagraphId[]): string =>
		paragraphs
			.filter((p) => ids.includes(p.id))
			.map((p) => p.text)
			.join('\n');
	const problems: string[] = [];
	const checkRows = (where: string, ids: readonly ParagraphId[], rows: readonly OutlineRow[]) => {
		const source = text(ids);
		for (const row of rows) {
			for (const line of row.text !== undefined ? [row.text] : (row.items ?? [])) {
				for (const span of quotedSpans(line)) {
					if (!articleParts(span).every((part) => isVerbatimQuote(part, source))) {
						problems.push(
							`${OUTLINE_FILE} — ${where}「${row.label}」：「${span}」不是 ${ids.join('、')} 的原文。请逐字照录，或去掉引号`,
						);
					}
				}
			}
		}
	};
	checkRows('opening', ['p1'], outline.opening);
	const seen = new Set<CapacityId>();
	outline.sections.forEach((section, i) => {
		if (section.power !== CAPACITY_IDS[i]) {
			problems.push(
				`${OUTLINE_FILE} — sections[${i}]：应为 ${CAPACITY_IDS[i]}（按原文顺序），实为 ${section.power}`,
			);
		}
		if (seen.has(section.power)) problems.push(`${OUTLINE_FILE} — ${section.power} 重复出现`);
		seen.add(section.power);
		checkRows(section.power, POWERS[section.power].paragraphs, section.rows);
	});
	return problems;
}

/** Parse an outline file's text; throws with the file name and the field on a format error. */
export function parseOutline(source: string): Outline {
	const parsed = OutlineSchema.safeParse(parseYaml(source));
	if (!parsed.success) {
		const lines = parsed.error.issues.map(
			(issue) => `${OUTLINE_FILE} — ${issue.path.join('.') || '(整体)'}：${issue.message}`,
		);
		throw new Error(`全文提纲格式有误：\n${lines.join('\n')}`);
	}
	return parsed.data;
}

/** Parse and check an outline file's text; throws (failing the build) on any problem. */
export function readOutline(source: string, paragraphs: readonly Paragraph[]): Outline {
	const outline = parseOutline(source);
	const problems = checkOutline(outline, paragraphs);
	if (problems.length > 0) throw new Error(`全文提纲内容检查未通过：\n${problems.join('\n')}`);
	return outline;
}

/** 第 2—4 段 for a paragraph range. */
export function paragraphRange(ids: readonly ParagraphId[]): string {
	const first = ids[0]?.slice(1) ?? '';
	const last = ids[ids.length - 1]?.slice(1) ?? '';
	return first === last ? first : `${first}—${last}`;
}
