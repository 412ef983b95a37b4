/**
 * Answer leaks between two questions: where one question's keyed answer (a keyed option, a blank's
 * answer, a match pair, the sequence of an 排序) is printed in what another question shows before it
 * is answered (stem, options, match sides and distractors, order items). Shared by the build's check
 * on fixed sets (src/content-checks/quiz-quality.ts) and the drawing of 综合测试, 每日一练 and 课堂竞答
 * (./draw.ts), so a drawn paper never holds two items of which one gives the other away.
 * Texts compare after the answer normaliser: width, case, punctuation and spaces do not matter.
 * Owns: what counts as a leak. Must not: read files or word messages for authors.
 */
import { CAPACITY_IDS, POWERS } from '../article/powers';
import type { Question } from '../schemas/question';
import { normaliseAnswer } from './normalise';

const norm = normaliseAnswer;

/** A text of a question as shown, with its field path. */
export interface Shown {
	path: (string | number)[];
	text: string;
	/** True when this text is one whole choice (an option, a match side or an order item). */
	wholeChoice: boolean;
	/** True when the item offers this text without asserting it: a wrong option or a match distractor. */
	offeredOnly: boolean;
}

/** Everything a question shows before it is answered: stem, options, match sides, order items. */
export function shownTexts(q: Question): Shown[] {
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
export interface Keyed {
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
	/**
	 * The key of a classification item: every option is a topic label (TOPIC_LABELS), e.g. which of
	 * the four ways fits a case. Another item naming that label as its topic is no giveaway.
	 */
	classifies?: boolean;
}

/**
 * The keyed answer of a question in pieces. A short blank answer is taken with its neighbours in the
 * stem: one character with both (由「___」变 → 由虚变), two characters with the one before (的核心), so
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
		const classifies = q.options.every((o) => TOPIC_LABELS.includes(norm(o.text)));
		for (const i of keys) {
			const label = q.options[i]?.text ?? '';
			const n = norm(label);
			if ([...n].length >= 2)
				out.push({ label, needles: [n], choiceLabel: true, alternatives, classifies });
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
 * heading, and the four ways of 严密组织体系 as 第 6 段 names them (一是推进城乡协建。二是推进区域联建。
 * 三是行业统建。四是互联网助建。), the first two also without 推进. Items name them as their topic
 * («下列哪些属于推进区域联建？»); a unit test proves each is the article's wording.
 */
export const TOPIC_LABELS: readonly string[] = [
	...CAPACITY_IDS.flatMap((id) => [POWERS[id].name, ...POWERS[id].heading.split('，')]),
	...['推进城乡协建', '推进区域联建', '城乡协建', '区域联建', '行业统建', '互联网助建'],
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

/** One place where `a`'s keyed answer is printed in `b`: the field of `b` and the answer shown. */
export interface LeakSpot {
	path: (string | number)[];
	label: string;
}

/**
 * Where `b` prints `a`'s keyed answer, one spot per leaking text of `b`. A keyed option (e.g.
 * 是组织力建设的基础) is not leaked where `b` shows it as one whole choice, only as a wrong option,
 * or together with all the options it is chosen from (the text lists the alternatives and does not
 * single it out), nor where it is the key of a classification item (every option a topic label: a
 * text naming the label as its topic does not say which case it answers). In a stem, a keyed option
 * or inside a longer text it is a leak. An 排序 question
 * leaks where a text prints two or more of its items, all in the keyed order (orderLeak).
 */
export function leakSpots(a: Question, b: Question): LeakSpot[] {
	if (a === b || a.id === b.id) return [];
	const keyed = prepared(a).keyed;
	const spots: LeakSpot[] = [];
	for (const shown of prepared(b).shown) {
		const text = shown.text;
		if (a.type === 'order') {
			const shownOrder = orderLeak(a.items, text);
			if (shownOrder) spots.push({ path: shown.path, label: shownOrder.join(' → ') });
			continue;
		}
		const k = keyed.find(
			(k) =>
				k.needles.every((n) => printed(n, text)) &&
				!(
					k.choiceLabel &&
					(shown.offeredOnly ||
						(shown.wholeChoice && k.needles.includes(text)) ||
						(k.alternatives?.length && k.alternatives.every((alt) => text.includes(alt))) ||
						k.classifies)
				),
		);
		if (k) spots.push({ path: shown.path, label: k.label });
	}
	return spots;
}

/** A question's keyed pieces and normalised shown texts, computed once per question object. */
const preparedCache = new WeakMap<Question, { keyed: Keyed[]; shown: Shown[] }>();
function prepared(q: Question): { keyed: Keyed[]; shown: Shown[] } {
	let entry = preparedCache.get(q);
	if (!entry) {
		entry = {
			keyed: keyedTexts(q),
			shown: shownTexts(q).map((shown) => ({ ...shown, text: norm(shown.text) })),
		};
		preparedCache.set(q, entry);
	}
	return entry;
}

const pairCache = new WeakMap<Question, WeakMap<Question, boolean>>();

/** True when either question prints the other's keyed answer (remembered per pair of objects). */
export function leakBetween(a: Question, b: Question): boolean {
	const known = pairCache.get(a)?.get(b);
	if (known !== undefined) return known;
	const leaks = leakSpots(a, b).length > 0 || leakSpots(b, a).length > 0;
	for (const [x, y] of [
		[a, b],
		[b, a],
	] as const) {
		const row = pairCache.get(x) ?? new WeakMap<Question, boolean>();
		row.set(y, leaks);
		pairCache.set(x, row);
	}
	return leaks;
}
