/**
 * Assessment-quality rules on the question bank (issue 15), on parsed questions:
 *   leak        within one set, no item's keyed answer (keyed options, blank answers, match pairs,
 *               the sequence of an order) is printed in another item's stem or options;
 *   key length  a single-choice key is at most 1.5 × its longest distractor unless `keyLengthExempt`;
 *   order stem  an 排序 stem does not state the order it asks for;
 *   fact        one `fact` is the target of at most two items in a pool (a power's bank, or one set);
 *   levels      a lesson set mixes levels; a drawn set's share above recall can be filled.
 * Each finding names the question, the field (a path inside the question) and the fix, in Chinese;
 * ./quizzes.ts adds the file and the line.
 * Owns: those rules. Must not: read files or know YAML (./quizzes.ts does).
 */
import { CAPACITY_IDS, POWERS } from '../article/powers';
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

/** Length of an option as a learner sees it (spaces ignored). */
const visibleLength = (text: string) => [...text.replace(/\s/gu, '')].length;

/** A text of a question as shown, with its field path. */
interface Shown {
	path: (string | number)[];
	text: string;
	/** True when this text is one whole choice (an option, a match side or an order item). */
	wholeChoice: boolean;
	/** True when the item offers this text without asserting it: a wrong option or a match distractor. */
	offeredOnly: boolean;
}

/** Everything a question shows before it is answered: stem, options, match sides, order items. */
function shownTexts(q: Question): Shown[] {
	const out: Shown[] = [{ path: ['stem'], text: q.stem, wholeChoice: false, offeredOnly: false }];
	const add = (path: Shown['path'], text: string, offeredOnly = false) =>
		out.push({ path, text, wholeChoice: true, offeredOnly });
	if (q.type === 'single' || q.type === 'multiple') {
		const keyed = new Set(q.type === 'single' ? [q.answer] : q.answer);
		q.options.forEach((o, k) => add(['options', k, 'text'], o.text, !keyed.has(k)));
	}
	if (q.type === 'match') {
		q.pairs.forEach((p, k) => {
			add(['pairs', k, 'left'], p.left);
			add(['pairs', k, 'right'], p.right);
		});
		(q.distractors ?? []).forEach((d, k) => add(['distractors', k], d, true));
	}
	if (q.type === 'order') q.items.forEach((t, k) => add(['items', k], t));
	return out;
}

/** One piece of a question's keyed answer that must not be printed elsewhere in its set. */
interface Keyed {
	/** What the learner must produce or pick, as shown in messages. */
	label: string;
	/** Normalised needles; the answer leaks when all of them occur in one shown text of another item. */
	needles: string[];
	/** A choice label (a whole option of a choice question): no leak where it is again a whole choice. */
	choiceLabel: boolean;
	/**
	 * The item's other options (a single or multiple choice key): a text that prints the key together
	 * with all of them lists the alternatives and does not single the key out.
	 */
	alternatives?: string[];
}

/**
 * The keyed answer of a question in pieces. A short blank answer is taken with its neighbours in the
 * stem: one character with both (由“___”变 → 由虚变), two characters with the one before (的核心), so
 * that 虚 or 动力 (in 推动力) alone does not match everywhere.
 */
export function keyedTexts(q: Question): Keyed[] {
	const out: Keyed[] = [];
	const keyedOptions = (keys: readonly number[]) => {
		if (q.type !== 'single' && q.type !== 'multiple') return;
		const alternatives = q.options
			.filter((_, i) => !keys.includes(i))
			.map((o) => norm(o.text))
			.filter((n) => [...n].length >= 2);
		for (const i of keys) {
			const label = q.options[i]?.text ?? '';
			const n = norm(label);
			if ([...n].length >= 2) out.push({ label, needles: [n], choiceLabel: true, alternatives });
		}
	};
	switch (q.type) {
		case 'single':
			keyedOptions([q.answer]);
			break;
		case 'multiple':
			keyedOptions(q.answer);
			break;
		case 'order':
			// The answer is the sequence, not the items (the learner sees every item in the question
			// itself): see orderLeak().
			break;
		case 'match':
			for (const p of q.pairs) {
				const l = norm(p.left);
				const r = norm(p.right);
				if (l && r)
					out.push({ label: `${p.left} → ${p.right}`, needles: [l, r], choiceLabel: true });
			}
			break;
		case 'blank': {
			const parts = q.stem.split('___');
			q.blanks.forEach((b, k) => {
				for (const accept of b.accept) {
					const n = norm(accept);
					const chars = [...n];
					if (chars.length >= 3) {
						out.push({ label: accept, needles: [n], choiceLabel: false });
						continue;
					}
					if (!n) continue;
					const before = [...norm(parts[k] ?? '')].at(-1) ?? '';
					const after = [...norm(parts[k + 1] ?? '')][0] ?? '';
					// Two characters (核心, 动力) are often part of a longer word (推动力): take the
					// character before the blank too (是核心); one character takes both sides (由虚变).
					const context =
						chars.length === 2
							? `${before || ''}${n}${before ? '' : after}`
							: `${before}${n}${after}`;
					if ([...context].length >= 2)
						out.push({ label: accept, needles: [context], choiceLabel: false });
				}
			});
			break;
		}
		default:
			break;
	}
	return out;
}

/**
 * The items of an 排序 question that one text prints, when it prints two or more of them and all in
 * the keyed order: the text states the sequence (or part of it). One item printed alone tells nothing
 * of its place (the question shows every item anyway), nor do items printed in another order.
 */
export function orderLeak(items: readonly string[], text: string): string[] | undefined {
	const found = items
		.map((item, k) => ({ k, n: norm(item) }))
		.filter(({ n }) => [...n].length >= 2)
		.map(({ k, n }) => ({ k, at: text.indexOf(n) }))
		.filter(({ at }) => at >= 0);
	if (found.length < 2) return undefined;
	const inKeyedOrder = found.every((f, i) => i === 0 || (found[i - 1]?.at ?? -1) < f.at);
	return inKeyedOrder ? found.map(({ k }) => items[k] ?? '') : undefined;
}

/**
 * Names of parts of the article, normalised: the five capacities, the two halves of each section
 * heading, and the four ways of 严密组织体系 (第 6 段: 一是推进城乡协建 … 四是互联网助建, with and
 * without 推进). Other items name them as their topic («下列哪些属于推进区域联建？»), which says
 * nothing of which item a name answers; a unit test proves each is the article's wording.
 */
export const TOPIC_LABELS: readonly string[] = [
	...CAPACITY_IDS.flatMap((id) => [POWERS[id].name, ...POWERS[id].heading.split('，')]),
	...['城乡协建', '区域联建', '行业统建', '互联网助建'].flatMap((way) => [way, `推进${way}`]),
].map((label) => norm(label));

/**
 * True when `needle` is printed in `text` other than inside a longer topic label that contains it
 * (动力, the role of 群众凝聚力, is not printed by 发展推动力). A needle that is itself a label
 * (群众凝聚力) is printed by a longer one (提升群众凝聚力).
 */
export function printed(needle: string, text: string): boolean {
	if (!text.includes(needle)) return false;
	if (TOPIC_LABELS.includes(needle)) return true;
	let rest = text;
	for (const label of TOPIC_LABELS) {
		if (label.length > needle.length && label.includes(needle))
			rest = rest.split(label).join('\u0000');
	}
	return rest.includes(needle);
}

/**
 * Leaks within one set: for each pair of items, a keyed piece of one printed in a shown text of the
 * other. A keyed option (e.g. 是组织力建设的基础) is not leaked where the other item shows it as one
 * whole choice, only as a wrong option, or together with all the options it is chosen from (the text
 * lists the alternatives and does not single it out), nor where it is a topic label (TOPIC_LABELS).
 * In a stem, a keyed option or inside a longer text it is a leak. An 排序 question leaks where
 * another text prints two or more of its items, all in the keyed order (orderLeak).
 */
export function setLeaks(setId: string, items: readonly Question[]): Finding[] {
	const findings: Finding[] = [];
	const shownOf = new Map(
		items.map((q) => [q, shownTexts(q).map((shown) => ({ ...shown, text: norm(shown.text) }))]),
	);
	for (const a of items) {
		const keyed = keyedTexts(a);
		for (const b of items) {
			if (a === b || a.id === b.id) continue;
			for (const shown of shownOf.get(b) ?? []) {
				const text = shown.text;
				const report = (label: string) =>
					findings.push({
						id: b.id,
						path: shown.path,
						message: `在题组 ${setId} 中泄露了 ${a.id} 的答案「${label}」：同一题组里，一题的答案（正确选项、填空答案、连线配对、排序）不得出现在另一题的题干或选项中。请改写此处，或把 ${a.id} 与 ${b.id} 之一移出 ${setId}`,
					});
				if (a.type === 'order') {
					const shownOrder = orderLeak(a.items, text);
					if (shownOrder) report(shownOrder.join(' → '));
					continue;
				}
				for (const k of keyed) {
					if (!k.needles.every((n) => printed(n, text))) continue;
					// A choice label is no giveaway where the other item only offers it (a wrong option),
					// shows it as one whole choice among others, lists it with all its alternatives, or
					// names it as its topic (a name of a part of the article, see TOPIC_LABELS).
					if (
						k.choiceLabel &&
						(shown.offeredOnly ||
							(shown.wholeChoice && k.needles.includes(text)) ||
							(k.alternatives?.length && k.alternatives.every((alt) => text.includes(alt))))
					)
						continue;
					report(k.label);
					break;
				}
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
