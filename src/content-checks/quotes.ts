/**
 * The lessons' quotes of the article: finding every `<Quote p="pN">…</Quote>` in an MDX source (with
 * its line), checking each against its paragraph under the quote rule, and checking that every
 * paragraph p1–p14 is quoted somewhere. The same scan feeds the 原文 page's "quoted in" links.
 *
 * Owns: the Quote scan and the fidelity and coverage problems. Must not: read files (callers pass
 * sources) or loosen the quote rule (src/article/quote-rule.ts is the only rule).
 */
import type { Paragraph } from '../article/parse';
import { PARAGRAPH_IDS, isParagraphId, type ParagraphId } from '../article/powers';
import { fieldMessage, quoteNotVerbatim, type ContentProblem } from './problem';

/** One `<Quote>` found in a source. */
export interface FoundQuote {
	/** The `p` attribute as written (may be invalid; the check reports it). */
	p: string;
	/** The quoted text as written between the tags. */
	text: string;
	/** 1-based line of the opening tag in the file. */
	line: number;
}

const QUOTE_TAG = /<Quote\b([^>]*)>([\s\S]*?)<\/Quote>/gu;
const P_ATTR = /\bp\s*=\s*(?:"([^"]*)"|'([^']*)')/u;

/** Line (1-based) of a character offset. */
function lineAt(source: string, index: number): number {
	let line = 1;
	for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
	return line;
}

/** Every Quote in an MDX source, in order. `firstLine` is the line number of `source`'s first line. */
export function findQuotes(source: string, firstLine = 1): FoundQuote[] {
	const found: FoundQuote[] = [];
	for (const match of source.matchAll(QUOTE_TAG)) {
		const attrs = P_ATTR.exec(match[1] ?? '');
		found.push({
			p: attrs?.[1] ?? attrs?.[2] ?? '',
			text: match[2] ?? '',
			line: lineAt(source, match.index) + firstLine - 1,
		});
	}
	return found;
}

/** A lesson's source as the quote checks need it. */
export interface QuotedSource {
	file: string;
	/** The whole file (frontmatter included), so lines are the file's lines. */
	source: string;
	/** Paragraph ids the lesson's frontmatter says it covers. */
	paragraphs?: readonly ParagraphId[] | undefined;
}

/** Check every quote of every lesson, and that all of p1–p14 are quoted by at least one lesson. */
export function checkQuotes(
	lessons: readonly QuotedSource[],
	paragraphs: readonly Paragraph[],
): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const text = new Map(paragraphs.map((p) => [p.id, p.text]));
	const covered = new Set<ParagraphId>();
	for (const lesson of lessons) {
		const quotedHere = new Set<ParagraphId>();
		for (const quote of findQuotes(lesson.source)) {
			const where = { file: lesson.file, line: quote.line };
			if (!isParagraphId(quote.p)) {
				problems.push({
					...where,
					message: `引文 <Quote p="${quote.p}"> 的段落编号不存在：p 必须是 p1…p14 之一，请对照原文页的段号改正`,
				});
				continue;
			}
			if (/[<{]/u.test(quote.text)) {
				problems.push({
					...where,
					message: `引文「${quote.text.trim()}」里含有标签或表达式：<Quote> 中只能写原文文字，请把其他内容移到引文之外`,
				});
				continue;
			}
			const wrong = quoteNotVerbatim(quote.text, quote.p, text.get(quote.p) ?? '');
			if (wrong) {
				problems.push({ ...where, message: wrong });
				continue;
			}
			quotedHere.add(quote.p);
			covered.add(quote.p);
		}
		for (const p of lesson.paragraphs ?? []) {
			if (!quotedHere.has(p)) {
				problems.push({
					file: lesson.file,
					line: 1,
					message: fieldMessage(
						'frontmatter',
						['paragraphs'],
						`列出了 ${p}，但本课没有引用它：请加一条 <Quote p="${p}">…</Quote>，或从 paragraphs 中删去 ${p}`,
					),
				});
			}
		}
	}
	const missing = PARAGRAPH_IDS.filter((p) => !covered.has(p));
	if (lessons.length > 0 && missing.length > 0) {
		problems.push({
			file: 'content/lessons/',
			message: `以下段落没有被任何一课引用：${missing.join('、')}。每段原文至少要在一课中用 <Quote p="pN">…</Quote> 引用`,
		});
	}
	return problems;
}
