/**
 * One content problem found at build time, and the one way every checker words it:
 *   `<subject> 的 <field>：<what is wrong and the fix>` (e.g. `题目 q1 的 source.quote：…`),
 * fields written `a.b[0]`, quotes that are not verbatim reported by `quoteNotVerbatim`, and zod's own
 * defaults in Chinese (`z.config(z.locales.zhCN())`, set once here: every checker imports this module).
 *
 * Owns: the problem shape and message format. Must not: find lines (./yaml-source.ts does).
 */
import { z } from 'astro/zod';
import { closestPassage, isVerbatimQuote } from '../article/quote-rule';

/** What a content maintainer calls each YAML value type. */
const NOUN: Record<string, string> = {
	string: '文字',
	number: '数字',
	boolean: 'true 或 false',
	array: '列表（- 开头的若干行，或 [a, b]）',
	object: '键值（字段: 值）',
	undefined: '空',
	null: '空',
};
const noun = (type: string): string => NOUN[type] ?? type;
const zhCN = z.locales.zhCN().localeError;

/**
 * zod's own messages (rules written without a message: `.min(1)`, a wrong type, an unknown field) in
 * plain Chinese; zod's zh-CN locale covers the rest (it leaves type names such as "array" in English).
 */
const plainChinese: z.core.$ZodErrorMap = (issue) => {
	const size = (n: number | bigint) =>
		issue.origin === 'array' ? `${n} 项` : issue.origin === 'string' ? `${n} 个字` : String(n);
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `缺少该字段（应为${noun(issue.expected)}）`
				: `应为${noun(issue.expected)}，现在是${noun(z.core.util.getParsedType(issue.input))}`;
		case 'too_small':
			if (issue.origin === 'string' && Number(issue.minimum) === 1) return '不能为空';
			return `至少要有 ${size(issue.minimum)}${issue.inclusive ? '' : '以上'}`;
		case 'too_big':
			return `最多只能有 ${size(issue.maximum)}`;
		case 'unrecognized_keys':
			return `不认识的字段 ${issue.keys.join('、')}：请检查拼写，或删去`;
		default:
			return zhCN(issue);
	}
};

// A schema rule without its own message must not reach an author in English.
z.config({ localeError: plainChinese });

export interface ContentProblem {
	/** Path relative to the project root. */
	file: string;
	/** Line (1-based) when known. */
	line?: number;
	/** What is wrong and how to fix it. */
	message: string;
}

/** One problem as a line for a terminal: `file:line — message`. */
export function formatProblem(problem: ContentProblem): string {
	return `${problem.file}${problem.line ? `:${problem.line}` : ''} — ${problem.message}`;
}

export type FieldPath = readonly PropertyKey[];

/** The part of a zod issue the checks report. */
export interface SchemaIssue {
	readonly path: FieldPath;
	readonly message: string;
}

/** A field path as authors write it: `source.quote`, `options[2].text`; the empty path is `（整体）`. */
export function fieldName(path: FieldPath): string {
	if (path.length === 0) return '（整体）';
	return path
		.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i ? '.' : ''}${String(p)}`))
		.join('');
}

/** `<subject> 的 <field>：<message>`; without a subject, `<field>：<message>`. */
export function fieldMessage(
	subject: string | undefined,
	path: FieldPath,
	message: string,
): string {
	return `${subject ? `${subject} 的 ` : ''}${fieldName(path)}：${message}`;
}

/**
 * The message for a quote that fails the quote rule against paragraph `p` (whose text is `paragraph`),
 * or undefined when the quote is verbatim.
 */
export function quoteNotVerbatim(quote: string, p: string, paragraph: string): string | undefined {
	if (isVerbatimQuote(quote, paragraph)) return undefined;
	return `引文「${quote.trim()}」不是 ${p} 的原文。该段最接近的原文是「${closestPassage(quote, paragraph)}」：请逐字照录（只允许空白和半角/全角标点的差别），或改正段落编号`;
}
