/**
 * Query analysis. A query is either keywords (a term, a phrase, a few words: every bigram counts) or a
 * natural-language question a cadre types (「村里党员太少怎么建支部」「带头人怎么选」). A question's question
 * words (怎么/如何/什么/为什么/哪些/吗…), filler words (可以/应该/我们…) and particles (的/了/呢…) are
 * dropped, function characters at the edges of what is left (是/要/有/把/从…) are trimmed, and only the
 * remaining content segments give terms, so 「怎么」 matches nothing and the passage that answers ranks on
 * what the question is about.
 * Owns: keyword/question detection and a query's terms. Must not: rank (./engine.ts) or know lunr.
 */
import { MAX_QUERY_CHARS, normalise, queryTerms, type QueryTerm } from './tokenizer';

/** Words that make a query a question; removed from its terms. Longest first (为什么 before 什么). */
export const QUESTION_WORDS = [
	'为什么',
	'怎么样',
	'怎么办',
	'什么样',
	'有没有',
	'能不能',
	'要不要',
	'是不是',
	'怎么',
	'怎样',
	'如何',
	'什么',
	'哪些',
	'哪个',
	'哪里',
	'哪儿',
	'为何',
	'是否',
	'多少',
	'谁',
	'哪',
	'吗',
] as const;

/** Filler words in a question that carry no content (removed like question words). */
export const FILLER_WORDS = [
	'意思',
	'可以',
	'应该',
	'需要',
	'一下',
	'我们',
	'咱们',
	'大家',
	'到底',
	'究竟',
	'这个',
	'那个',
	'一些',
] as const;

/** Particles removed anywhere in a question. */
const PARTICLES = /[的了呢吧啊呀嘛]/gu;

/**
 * Function characters trimmed from the start and from the end of a question's content segments, as long
 * as two characters remain (要求, 有效 and 能力 are words, never trimmed to 求, 效, 力).
 */
const LEADING = new Set('是要有在和与及对让把从由用做搞去向将就都也还该请');
const TRAILING = new Set('是要有在和与及对从去来得地着过指');

const QUESTION = new RegExp(`${QUESTION_WORDS.join('|')}|[？?]`, 'u');
const REMOVED = new RegExp(`${[...QUESTION_WORDS, ...FILLER_WORDS].join('|')}`, 'gu');

/**
 * A cadre's word → the article's word for the same thing, added (never substituted) to a question's
 * segments: 「建支部」 is 「建立党组织」 in the article, 「包括哪些方面」 is 「主要表现为」. Kept short and
 * chosen on the tuning half of tests/search-queries.json (n001, n005 missed without it); the recall test
 * reports the held-out half.
 */
export const CADRE_VOCABULARY: readonly (readonly [string, string])[] = [
	['建支部', '建立党组织'],
	['支部', '党组织'],
	['包括', '表现为'],
];

/** A question's segments with the article's words added for a cadre's (CADRE_VOCABULARY). */
export function withArticleWords(segments: readonly string[]): string[] {
	const added: string[] = [];
	for (const segment of segments) {
		for (const [said, written] of CADRE_VOCABULARY) {
			if (segment.includes(said)) {
				added.push(segment.replace(said, written));
				break;
			}
		}
	}
	return [...segments, ...added.filter((a) => !segments.includes(a))];
}

export interface QueryAnalysis {
	/** A natural-language question (has a question word or a question mark). */
	question: boolean;
	/** What carries the content: the whole query for keywords; the trimmed segments of a question. */
	segments: string[];
	/** Search terms (./tokenizer.ts) of the segments. */
	terms: QueryTerm[];
}

/** Is the query a question? */
export function isQuestion(query: string): boolean {
	return QUESTION.test(query);
}

/** A question's content segments, normalised (./tokenizer.ts), in order. */
export function questionSegments(query: string): string[] {
	const capped = Array.from(query).slice(0, MAX_QUERY_CHARS).join('');
	const text = normalise(capped).replace(REMOVED, ' ').replace(PARTICLES, ' ');
	return text
		.split(/\s+/u)
		.map((segment) => {
			const chars = Array.from(segment);
			let start = 0;
			let end = chars.length;
			while (end - start > 2 && LEADING.has(chars[start]!)) start++;
			while (end - start > 2 && TRAILING.has(chars[end - 1]!)) end--;
			return chars.slice(start, end).join('');
		})
		.filter((segment) => segment.length > 0);
}

export function analyseQuery(query: string): QueryAnalysis {
	if (!isQuestion(query)) {
		return { question: false, segments: [normalise(query).trim()], terms: queryTerms(query) };
	}
	const segments = questionSegments(query);
	// Nothing but question words (「什么」): search for what was typed.
	if (segments.length === 0) return { question: true, segments, terms: queryTerms(query) };
	const expanded = withArticleWords(segments);
	return { question: true, segments: expanded, terms: queryTerms(expanded.join(' ')) };
}
