/**
 * Parsing the article's text into title, author, sections and paragraphs p1…p14.
 *
 * Owns: joining the two page-break splits and the display form with full-width punctuation.
 * Must not: change a single character of wording, or read files (./source.ts loads the text, so this
 * module also runs inside the build's content checks and in plain Node).
 */
import { CAPACITY_IDS, PARAGRAPH_IDS, POWERS, type CapacityId, type ParagraphId } from './powers';
import { toFullWidthPunctuation } from './quote-rule';

export interface Paragraph {
	id: ParagraphId;
	/** The paragraph as in the seed, splits joined, punctuation untouched. */
	raw: string;
	/** The paragraph as the site shows it: full-width punctuation. */
	text: string;
}

export interface Section {
	power: CapacityId | 'overview';
	/** The section heading in the article ('' for the introduction). */
	heading: string;
	paragraphs: Paragraph[];
}

export interface Article {
	title: string;
	author: string;
	sections: Section[];
	paragraphs: Paragraph[];
}

/** A line that ends a paragraph ends with one of these; a line that does not was split by a page break. */
const PARAGRAPH_END = /[。！？”」）》]$/u;

/** Parse the seed's text. Throws with a clear message if its shape is not the one the site relies on. */
export function parseArticle(text: string): Article {
	const lines = text
		.split(/\r?\n/u)
		.map((line) => line.trim())
		.filter((line) => line.length > 0);
	const [title, author, ...rest] = lines;
	if (!title || !author)
		throw new Error('原文缺少标题行或作者行：content/article/source.txt 必须与原始文本逐字一致');
	const headings = new Map<string, CapacityId>(CAPACITY_IDS.map((id) => [POWERS[id].heading, id]));

	const sections: Section[] = [{ power: 'overview', heading: '', paragraphs: [] }];
	let count = 0;
	let pending = '';
	for (const line of rest) {
		const power = headings.get(line);
		if (power) {
			if (pending)
				throw new Error(`小标题「${line}」之前有一段没有结束：请检查分页处是否断开了段落`);
			sections.push({ power, heading: line, paragraphs: [] });
			continue;
		}
		pending += line;
		if (PARAGRAPH_END.test(pending)) {
			const section = sections.at(-1)!;
			const id = PARAGRAPH_IDS[count++];
			if (!id)
				throw new Error(
					`原文超过 ${PARAGRAPH_IDS.length} 段：content/article/source.txt 必须与原始文本逐字一致`,
				);
			section.paragraphs.push({ id, raw: pending, text: toFullWidthPunctuation(pending) });
			pending = '';
		}
	}
	if (pending) throw new Error(`原文在一段中间结束：「${pending.slice(-20)}」`);
	const paragraphs = sections.flatMap((s) => s.paragraphs);
	if (paragraphs.length !== PARAGRAPH_IDS.length) {
		throw new Error(`原文应有 ${PARAGRAPH_IDS.length} 段，实际解析出 ${paragraphs.length} 段`);
	}
	for (const section of sections) {
		const expected = POWERS[section.power].paragraphs.join(',');
		const found = section.paragraphs.map((p) => p.id).join(',');
		if (expected !== found) {
			throw new Error(`${section.power} 部分应包含 ${expected}，实际是 ${found}`);
		}
	}
	return { title, author, sections, paragraphs };
}
