/**
 * The quiz island's hooks on the page around it: save when the page is hidden or left (WeChat reloads
 * pages after an app switch), ask before leaving a test with work in progress, and move keyboard
 * focus after a render.
 *
 * Owns: those listeners and the focus move. Must not: decide what to save or where focus goes
 * (src/quiz/attempt-feedback.ts decides; the island passes ids in).
 */
import { useEffect, type MutableRef } from 'preact/hooks';

/** Call `flush` when the page is hidden or left (only while `on`). */
export function useFlushOnHide(on: boolean, flush: () => void): void {
	useEffect(() => {
		if (!on) return undefined;
		const onVisibility = () => {
			if (document.visibilityState === 'hidden') flush();
		};
		window.addEventListener('pagehide', flush);
		document.addEventListener('visibilitychange', onVisibility);
		return () => {
			window.removeEventListener('pagehide', flush);
			document.removeEventListener('visibilitychange', onVisibility);
		};
	}, [on, flush]);
}

/** While `on`, the browser asks before leaving the page; `save` runs first. */
export function useLeaveGuard(on: boolean, save: () => void): void {
	useEffect(() => {
		if (!on) return undefined;
		const onBeforeUnload = (event: BeforeUnloadEvent) => {
			save();
			event.preventDefault();
			event.returnValue = '';
		};
		window.addEventListener('beforeunload', onBeforeUnload);
		return () => window.removeEventListener('beforeunload', onBeforeUnload);
	}, [on, save]);
}

const FOCUSABLE =
	'input:not(:disabled), select:not(:disabled), textarea:not(:disabled), button:not(:disabled)';

/**
 * After every render, focus the element whose id `target` holds (a fieldset: its first enabled
 * control), then clear it.
 */
export function useFocusAfterRender(target: MutableRef<string | undefined>): void {
	useEffect(() => {
		const id = target.current;
		if (!id) return;
		target.current = undefined;
		const el = document.getElementById(id);
		if (!el) return;
		const focusable =
			el.tagName === 'FIELDSET' ? (el.querySelector<HTMLElement>(FOCUSABLE) ?? el) : el;
		focusable.focus();
	});
}
