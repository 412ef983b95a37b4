/**
 * 题目 adapter: one document per question of the bank (src/content-kinds QUESTION_BANK). It is found by its whole text
 * (stem, options, items, points, explanation) but shows only what a learner sees before answering
 * (the stem; the options of a choice; the left column of a match) — a search result's excerpt must
 * not give a question away (no explanation, blank answers, order, pairs or reference points). A question links to its source paragraph (`source/#pN`),
 * where its answer is argued, until a page shows single questions: change `questionUrl` then.
 * Owns: question → search document. Must not: validate the bank (src/content-checks does); a file that
 * does not parse is skipped here and reported by the checks.
 */
import { QUESTION_BANK } from '../../content-kinds';
import { readYamlContent } from '../../content-kinds/read';
import type { Question } from '../../schemas/question';
import type { SearchDocument } from '../documents';

export function questionUrl(q: Question): string {
	return `source/#${q.source.p}`;
}

/** Everything a question says, answer included: what search matches. */
function questionText(q: Question): string {
	const parts: string[] = [];
	switch (q.type) {
		case 'single':
		case 'multiple':
			parts.push(...q.options.map((o) => o.text));
			break;
		case 'match':
			parts.push(...q.pairs.flatMap((p) => [p.left, p.right]));
			break;
		case 'order':
			parts.push(...q.items);
			break;
		case 'short':
			parts.push(...q.points);
			break;
		default:
			break;
	}
	parts.push(q.explanation);
	return [q.stem.replaceAll('___', '＿＿'), ...parts].join('\n');
}

/** The question as shown before answering; nothing that tells its answer. */
export function questionShown(q: Question): string {
	const parts: string[] = [];
	if (q.type === 'single' || q.type === 'multiple') parts.push(...q.options.map((o) => o.text));
	else if (q.type === 'match') parts.push(...q.pairs.map((p) => p.left));
	return [q.stem.replaceAll('___', '＿＿'), ...parts].join('\n');
}

export function questionDocuments(root: string): SearchDocument[] {
	return readYamlContent(root, QUESTION_BANK).flatMap(({ data }) => {
		const parsed = QUESTION_BANK.schema.safeParse(data);
		if (!parsed.success) return [];
		return parsed.data.questions.map((q) => ({
			kind: 'question' as const,
			key: `question:${q.id}`,
			title: q.stem.replaceAll('___', '＿＿'),
			url: questionUrl(q),
			text: questionText(q),
			shown: questionShown(q),
		}));
	});
}
