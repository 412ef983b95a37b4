/**
 * Answers given before the quiz island hydrated. On a slow link the server-rendered radios, boxes,
 * fields and selects work for seconds before the island does; hydration keeps what the browser shows
 * but the island's state starts empty. This reads what the learner already entered from the DOM so
 * the island adopts it instead of discarding it (order and short-answer ticks need the island).
 *
 * Owns: DOM → response for one question's fieldset. Must not: score or store.
 */
import type { Question } from '../../schemas/question';
import type { AnyResponse } from '../../quiz/score';

/** The response shown in `fieldset`, or undefined when it shows nothing entered. */
export function readForm(fieldset: Element, question: Question): AnyResponse | undefined {
	const inputs = (selector: string) => [...fieldset.querySelectorAll<HTMLInputElement>(selector)];
	switch (question.type) {
		case 'single': {
			const value = inputs('input[type=radio]:checked')[0]?.value;
			const n = value === undefined ? NaN : Number(value);
			return Number.isInteger(n) && n >= 0 && n < question.options.length ? n : undefined;
		}
		case 'judge': {
			const value = inputs('input[type=radio]:checked')[0]?.value;
			return value === 'true' ? true : value === 'false' ? false : undefined;
		}
		case 'multiple': {
			const chosen = inputs('input[type=checkbox]:checked')
				.map((i) => Number(i.value))
				.filter((n) => Number.isInteger(n) && n >= 0 && n < question.options.length)
				.sort((a, b) => a - b);
			return chosen.length ? chosen : undefined;
		}
		case 'blank': {
			const typed = question.blanks.map(
				(_, i) => fieldset.querySelector<HTMLInputElement>(`input[id$="-blank-${i}"]`)?.value ?? '',
			);
			return typed.some((s) => s.trim() !== '') ? typed : undefined;
		}
		case 'match': {
			const chosen = question.pairs.map((_, i) => {
				const n = Number(
					fieldset.querySelector<HTMLSelectElement>(`select[id$="-match-${i}"]`)?.value,
				);
				return Number.isInteger(n) ? n : -1;
			});
			return chosen.some((n) => n >= 0) ? chosen : undefined;
		}
		case 'short': {
			const text = fieldset.querySelector<HTMLTextAreaElement>('textarea')?.value ?? '';
			return text.trim() !== '' ? { text, ticked: [] } : undefined;
		}
		case 'order':
			return undefined;
	}
}
