/**
 * 课堂竞答 host keys: which key press is which game action (the host runs the game from the keyboard).
 * Y right, N wrong, S skip, U undo, Space reveal/hide the answer, E end; 1–8 a team's 抢答 key; P prints
 * the host sheet (a page action, not a game action). Owns: the key map. Must not: touch the DOM.
 */
import type { Action } from './game';

export type HostCommand = { kind: 'game'; action: Action } | { kind: 'print' };

/** The command for a key (`KeyboardEvent.key`) pressed at `at` (epoch ms), or null for any other key. */
export function hostCommand(key: string, at: number): HostCommand | null {
	const k = key.toLowerCase();
	const game = (action: Action): HostCommand => ({ kind: 'game', action });
	if (/^[1-8]$/u.test(k)) return game({ type: 'buzz', team: Number(k) - 1 });
	switch (k) {
		case 'y':
			return game({ type: 'mark', right: true, at });
		case 'n':
			return game({ type: 'mark', right: false, at });
		case 's':
			return game({ type: 'skip', at });
		case 'u':
			return game({ type: 'undo', at });
		case ' ':
			return game({ type: 'reveal' });
		case 'e':
			return game({ type: 'end' });
		case 'p':
			return { kind: 'print' };
		default:
			return null;
	}
}
