import { describe, expect, it } from 'vitest';
import { isSearchShortcut, isTypingTarget } from '../../src/search/shortcut';

const key = (k: string, extra: Partial<Parameters<typeof isSearchShortcut>[0]> = {}) => ({
	key: k,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	target: { tagName: 'BODY' },
	...extra,
});

describe('isSearchShortcut()', () => {
	it('opens on Ctrl+K and Cmd+K, even from a field', () => {
		expect(isSearchShortcut(key('k', { ctrlKey: true }))).toBe(true);
		expect(isSearchShortcut(key('K', { metaKey: true }))).toBe(true);
		expect(
			isSearchShortcut(key('k', { ctrlKey: true, target: { tagName: 'INPUT', type: 'text' } })),
		).toBe(true);
		expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }))).toBe(false);
		expect(isSearchShortcut(key('k'))).toBe(false);
	});

	it('opens on / outside fields only', () => {
		expect(isSearchShortcut(key('/'))).toBe(true);
		expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT', type: 'search' } }))).toBe(
			false,
		);
		expect(isSearchShortcut(key('/', { target: { tagName: 'TEXTAREA' } }))).toBe(false);
		expect(
			isSearchShortcut(key('/', { target: { tagName: 'DIV', isContentEditable: true } })),
		).toBe(false);
		expect(isSearchShortcut(key('/', { target: { tagName: 'INPUT', type: 'checkbox' } }))).toBe(
			true,
		);
		expect(isSearchShortcut(key('/', { ctrlKey: true }))).toBe(false);
	});

	it('never opens while an IME is composing', () => {
		expect(isSearchShortcut(key('/', { isComposing: true }))).toBe(false);
		expect(isSearchShortcut(key('/', { keyCode: 229 }))).toBe(false);
		expect(isSearchShortcut(key('k', { ctrlKey: true, isComposing: true }))).toBe(false);
	});
});

describe('isTypingTarget()', () => {
	it('is false for non-elements', () => {
		expect(isTypingTarget(null)).toBe(false);
		expect(isTypingTarget(globalThis)).toBe(false);
	});
});
