import { describe, expect, it } from 'vitest';
import { parsePassMark } from '../../src/components/instructor/form-text';

describe('parsePassMark()', () => {
	it('accepts a whole percent from 0 to 100, spaces around it allowed', () => {
		expect(parsePassMark('60')).toBe(60);
		expect(parsePassMark(' 0 ')).toBe(0);
		expect(parsePassMark('100')).toBe(100);
	});
	it('refuses empty, fractional, negative, too large and non-numeric input', () => {
		for (const bad of ['', '  ', '60.5', '-1', '101', '1e2', '六十', '0x3c', '6 0']) {
			expect(parsePassMark(bad), bad).toBeNull();
		}
	});
});
