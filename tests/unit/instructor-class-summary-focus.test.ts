// @vitest-environment jsdom
/**
 * 班级汇总's sortable headers keep keyboard focus: sorting re-renders the table, and the header button
 * the instructor pressed must still be the focused element (it was dropped to <body> when the header
 * component was declared inside ClassSummary).
 */
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import ClassSummary from '../../src/components/instructor/ClassSummary';
import { encodeReceipt } from '../../src/instructor/codec';
import { receiptOf } from '../fixtures/receipts';

/** Wait until Preact has flushed its queued re-render. */
const rendered = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('ClassSummary sort headers', () => {
	it('keep focus on the pressed header button across sorts', async () => {
		const root = document.createElement('div');
		document.body.append(root);
		render(h(ClassSummary, { catalog: [] }), root);
		const paste = root.querySelector('textarea')!;
		paste.value = [1, 2, 3].map((n) => encodeReceipt(receiptOf(n))).join('\n');
		root.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
		await rendered();

		const button = root.querySelector<HTMLButtonElement>('th button')!;
		expect(button).not.toBeNull();
		for (const expected of ['ascending', 'descending']) {
			button.focus();
			button.click();
			await rendered();
			expect(button.closest('th')!.getAttribute('aria-sort')).toBe(expected);
			expect(button.isConnected).toBe(true);
			expect(document.activeElement).toBe(button);
		}
		render(null, root);
	});
});
