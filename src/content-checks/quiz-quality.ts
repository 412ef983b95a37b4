/**
 * Assessment-quality rules on the question bank (issue 15), on parsed questions:
 *   leak        within one set, no item's keyed answer (keyed options, blank answers, match pairs,
 *               the sequence of an order) is printed in another item's stem or options;
 *   key length  a single-choice key is at most 1.5 × its longest distractor unless `keyLengthExempt`;
 *   order stem  an 排序 stem does not state the order it asks for;
 *   order text  an 排序 key is the article's text order (each item located once in the article);
 *   fact        one `fact` is the target of at most two items in a pool (a power's bank, or one set);
 *   levels      a lesson set mixes levels; a drawn set's share above recall can be filled;
 *   judge keys  in one bank file with 4 or more 判断 items, each key (true, false) is at least 25 % of
 *               them, so that always answering 「错误」 (or 「正确」) does not pass.
 * What counts as a leak is src/quiz/leaks.ts (the draw of 综合测试 uses it too).
 * Each finding names the question, the field (a path inside the question) and the fix, in Chinese;
 * ./quizzes.ts adds the file and the line.
 * Owns: those rules. Must not: read files or know YAML (./quizzes.ts does).
 */
import type { Article } from '../article/parse';
import { normaliseForQuote } from '../article/quote-rule';
import { leakSpots } from '../quiz/leaks';
import { normaliseAnswer } from '../quiz/normalise';
import { isAboveRecall, type Question } from '../schemas/question';

export interface Finding {
	/** The question the finding is about. */
	id: string;
	/** Path of the field inside the question, e.g. ['options', 2]. */
	path: (string | number)[];
	message: string;
}

/** Texts compare after the answer normaliser: width, case, punctuation and spaces do not matter. */
const norm = normaliseAnswer;

/** The maximum key length as a multiple of the longest distractor. */
export const KEY_LENGTH_RATIO = 1.5;
/** At most this many items of one pool may target one fact. */
export const MAX_ITEMS_PER_FACT = 2;
/** A lesson set may hold at most this share of recall items. */
export const LESSON_MAX_RECALL_SHARE = 0.6;

/** In a bank file with at least this many 判断 items, each key must hold its minimum share. */
export const JUDGE_BALANCE_MIN_ITEMS = 4;
/** The minimum share of each key (true, false) among a bank file's 判断 items. */
export const JUDGE_MIN_KEY_SHARE = 0.25;

/** Length of an option as a learner sees it (spaces ignored). */
const visibleLength = (text: string) => [...text.replace(/\s/gu, '')].length;

/**
 * Leaks within one set (see src/quiz/leaks.ts for what counts): each place where an item prints
 * another item's keyed answer, at the printing item's field.
 */
export function setLeaks(setId: string, items: readonly Question[]): Finding[] {
	const findings: Finding[] = [];
	for (const a of items) {
		for (const b of items) {
			for (const spot of leakSpots(a, b)) {
				findings.push({
					id: b.id,
					path: spot.path,
					message: `在题组 ${setId} 中泄露了 ${a.id} 的答案「${spot.label}」：同一题组里，一题的答案（正确选项、填空答案、连线配对、排序）不得出现在另一题的题干或选项中。请改写此处，或把 ${a.id} 与 ${b.id} 之一移出 ${setId}`,
				});
			}
		}
	}
	return findings;
}

/** A single-choice key conspicuously longer than every distractor. */
export function keyLengthFinding(q: Question): Finding | undefined {
	if (q.type !== 'single' || q.keyLengthExempt) return undefined;
	const key = q.options[q.answer];
	if (!key) return undefined;
	const longest = Math.max(
		0,
		...q.options.filter((_, i) => i !== q.answer).map((o) => visibleLength(o.text)),
	);
	const length = visibleLength(key.text);
	if (longest === 0 || length <= KEY_LENGTH_RATIO * longest) return undefined;
	return {
		id: q.id,
		path: ['options', q.answer, 'text'],
		message: `正确选项有 ${length} 字，超过最长干扰项（${longest} 字）的 ${KEY_LENGTH_RATIO} 倍，不读题也能猜中。请缩短正确选项或写出同样长的干扰项；确需保留时，写 keyLengthExempt: 说明原因`,
	};
}

/** Words that announce a sequence in a stem (先…再, 从…到, 首先, 最后 …); 先后顺序 is not one. */
const SEQUENCE_WORDS =
	/先(?!后)[^，。；？]{0,14}(?:再|然后|后|最后)|从[^，。；？]{1,16}到|首先|其次|再次|然后|最后|一是|二是|第一|第二|→/u;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

const bigrams = (text: string): string[] => {
	const chars = [...norm(text)];
	return chars.slice(0, -1).map((c, i) => c + (chars[i + 1] ?? ''));
};

/**
 * An 排序 stem that states the order: it uses sequence words, or two or more items can be found in
 * the stem, in the keyed order, by a two-character piece that belongs to that item alone.
 */
export function orderStemFinding(q: Question): Finding | undefined {
	if (q.type !== 'order') return undefined;
	const stem = norm(q.stem);
	const word = SEQUENCE_WORDS.exec(q.stem.replace(/\s/gu, ''));
	if (word) {
		return {
			id: q.id,
			path: ['stem'],
			message: `排序题干用「${word[0]}」交代了顺序，等于把答案写在题干里。请改成中性的问法，如「请按文章的叙述顺序排列」`,
		};
	}
	const grams = q.items.map(bigrams);
	// Where each item shows in the stem, by a two-character piece no other item has.
	const places = grams.map((own, i) => {
		const others = new Set(grams.filter((_, j) => j !== i).flat());
		return own
			.filter((g) => !others.has(g))
			.flatMap((g) => [...stem.matchAll(new RegExp(escape(g), 'gu'))].map((m) => m.index));
	});
	// The longest chain of items found in the stem in the keyed order.
	const chain: number[] = places.map(() => 0);
	places.forEach((mine, j) => {
		if (!mine.length) return;
		chain[j] = 1;
		for (let i = 0; i < j; i++) {
			if ((chain[i] ?? 0) > 0 && places[i]!.some((a) => mine.some((b) => a < b))) {
				chain[j] = Math.max(chain[j] ?? 0, (chain[i] ?? 0) + 1);
			}
		}
	});
	const found = Math.max(0, ...chain);
	if (found >= 2) {
		return {
			id: q.id,
			path: ['stem'],
			message: `排序题干按答案的顺序提到了 ${found} 个排序项的内容，等于交代了顺序。请改成中性的问法，不在题干里列出各项`,
		};
	}
	return undefined;
}

/** The article's texts in reading order: each section's heading, then its paragraphs (p1…p14). */
export function readingOrder(article: Article): string[] {
	return article.sections.flatMap((section) => [
		...(section.heading ? [section.heading] : []),
		...section.paragraphs.map((p) => p.raw),
	]);
}

/**
 * An 排序 question whose keyed order does not follow from the article. Each item is located in the
 * article by its own words, or by its `itemSources` quote when the item is a description (给出判断标准):
 * the located text must occur exactly once in the article (a heading or a paragraph, under the quote
 * rule), and the items must occur in the keyed order. So every order the bank asks is the article's
 * text order — paragraph order, and within a paragraph the order of 一是…二是, 首先…其次, 第一…第二.
 */
export function orderSourceFinding(q: Question, reading: readonly string[]): Finding | undefined {
	if (q.type !== 'order') return undefined;
	const sources = q.itemSources;
	if (sources && sources.length !== q.items.length) {
		return {
			id: q.id,
			path: ['itemSources'],
			message: `itemSources 有 ${sources.length} 项，排序项有 ${q.items.length} 项：二者必须一一对应（每项给出它在原文中的一句）`,
		};
	}
	const texts = reading.map(normaliseForQuote);
	let previous: { at: [number, number]; item: string } | undefined;
	for (const [k, item] of q.items.entries()) {
		const located = sources?.[k] ?? item;
		// Learner text writes the article's “” as 「」 or 『』.
		const needle = normaliseForQuote(located.replace(/[「『]/gu, '“').replace(/[」』]/gu, '”'));
		const places = texts.flatMap((text, segment) => {
			const found: [number, number][] = [];
			for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1))
				found.push([segment, at]);
			return found;
		});
		const path = sources ? ['itemSources', k] : ['items', k];
		if (places.length !== 1) {
			return {
				id: q.id,
				path,
				message:
					places.length === 0
						? `排序项「${item}」的位置无法在原文中确定：「${located}」不是原文。请照录原文，或在 itemSources 中为每一项给出它在原文中对应的一句`
						: `排序项「${item}」的位置无法在原文中确定：「${located}」在原文中出现 ${places.length} 次。请在 itemSources 中给出能唯一定位的原文`,
			};
		}
		const at = places[0]!;
		if (
			previous &&
			(at[0] < previous.at[0] || (at[0] === previous.at[0] && at[1] <= previous.at[1]))
		) {
			return {
				id: q.id,
				path,
				message: `排序的答案与原文顺序不符：「${item}」在原文中位于「${previous.item}」之前（或同处）。排序题只考原文明确的先后（段落顺序，或「一是……二是」「首先……其次」等），请按原文顺序排列各项，或换一道题`,
			};
		}
		previous = { at, item };
	}
	return undefined;
}

/** Facts targeted by more than two items of a pool; the finding sits on each item beyond the second. */
export function factFindings(pool: string, items: readonly Question[]): Finding[] {
	const byFact = new Map<string, Question[]>();
	for (const q of items) {
		if (!q.fact) continue;
		byFact.set(q.fact, [...(byFact.get(q.fact) ?? []), q]);
	}
	const findings: Finding[] = [];
	for (const [fact, list] of byFact) {
		if (list.length <= MAX_ITEMS_PER_FACT) continue;
		for (const q of list.slice(MAX_ITEMS_PER_FACT)) {
			findings.push({
				id: q.id,
				path: ['fact'],
				message: `fact「${fact}」在${pool}中已被 ${list
					.slice(0, MAX_ITEMS_PER_FACT)
					.map((x) => x.id)
					.join(
						'、',
					)} 考过：同一事实在一个题池中至多考 ${MAX_ITEMS_PER_FACT} 题。请改考文章中尚未考到的内容，或删去此题`,
			});
		}
	}
	return findings;
}

/** A lesson set must mix levels: at least two levels, at most 60 % recall. Returns the problem text. */
export function lessonLevelProblem(items: readonly Question[]): string | undefined {
	if (items.length < 2) return undefined;
	const levels = new Set(items.map((q) => q.level));
	const recall = items.filter((q) => !isAboveRecall(q.level)).length;
	if (levels.size >= 2 && recall <= LESSON_MAX_RECALL_SHARE * items.length) return undefined;
	return `随堂测验要混合层次：至少两种 level，记忆（recall）题不超过 ${Math.round(LESSON_MAX_RECALL_SHARE * 100)} %（现在 ${items.length} 题中 ${recall} 题是记忆题，层次 ${[...levels].join('、')}）。请换入理解、应用或分析题`;
}

/**
 * A bank file whose 判断 items lean on one key: with 4 or more judges, fewer than 25 % keyed 正确 (or
 * 错误) lets a learner who always answers the other way pass. The finding sits on the first judge's
 * answer and counts both keys.
 */
export function judgeBalanceFinding(file: string, items: readonly Question[]): Finding | undefined {
	const judges = items.filter((q) => q.type === 'judge');
	if (judges.length < JUDGE_BALANCE_MIN_ITEMS) return undefined;
	const trues = judges.filter((q) => q.type === 'judge' && q.answer).length;
	const falses = judges.length - trues;
	const need = Math.ceil(JUDGE_MIN_KEY_SHARE * judges.length);
	if (trues >= need && falses >= need) return undefined;
	const [few, many] = trues < need ? ['正确', '错误'] : ['错误', '正确'];
	return {
		id: judges[0]!.id,
		path: ['answer'],
		message: `${file} 的 ${judges.length} 道判断题中，答案为「正确」的 ${trues} 题、为「错误」的 ${falses} 题：每种答案至少要占 ${Math.round(JUDGE_MIN_KEY_SHARE * 100)} %（${need} 题），否则一律答「${many}」就能得分。请把几道答案为「${many}」的题改写成答案为「${few}」的陈述`,
	};
}
