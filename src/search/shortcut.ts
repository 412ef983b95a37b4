/**
 * Which key presses open the search dialog: Ctrl+K / Cmd+K anywhere, `/` when not typing in a field.
 * Never while an IME is composing (isComposing, or keyCode 229 that some browsers send instead).
 * Owns: the decision, as a pure function of the event. Must not: open anything itself.
 */

export interface KeyLike {
	key: string;
	keyCode?: number;
	isComposing?: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
	shiftKey?: boolean;
	target: unknown;
}

const TEXT_INPUT_TYPES = new Set([
	'',
	'text',
	'search',
	'email',
	'number',
	'password',
	'tel',
	'url',
	'date',
	'datetime-local',
	'month',
	'time',
	'week',
]);

/** True when the target is somewhere the user types: text inputs, textareas, selects, contenteditable. */
export function isTypingTarget(target: unknown): boolean {
	if (!target || typeof target !== 'object') return false;
	const el = target as { tagName?: unknown; type?: unknown; isContentEditable?: unknown };
	if (el.isContentEditable === true) return true;
	const tag = typeof el.tagName === 'string' ? el.tagName.toUpperCase() : '';
	if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
	if (tag === 'INPUT') return TEXT_INPUT_TYPES.has(typeof el.type === 'string' ? el.type : '');
	return false;
}

/** True while an IME is composing: `isComposing`, or keyCode 229 which some browsers send instead. */
export function isImeComposing(event: Pick<KeyLike, 'isComposing' | 'keyCode'>): boolean {
	return event.isComposing === true || event.keyCode === 229;
}

export function isSearchShortcut(event: KeyLike): boolean {
	if (isImeComposing(event)) return false;
	const key = event.key.toLowerCase();
	if ((event.ctrlKey || event.metaKey) && !event.altKey && key === 'k') return true;
	if (key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey) {
		return !isTypingTarget(event.target);
	}
	return false;
}
