/**
 * Detecting that a new service worker is waiting to take over.
 * Owns: the state machine over a ServiceWorkerRegistration (waiting now, or installing → installed
 * while a worker already controls the page). Must not: touch the DOM (update-banner.ts does).
 * Written against minimal interfaces so unit tests can drive it with plain EventTargets.
 */

export interface WorkerLike extends EventTarget {
	state: string;
	postMessage(message: unknown): void;
}

export interface RegistrationLike extends EventTarget {
	waiting: WorkerLike | null;
	installing: WorkerLike | null;
}

/**
 * Calls `onWaiting(worker)` once per new worker that finishes installing while `hasController()`
 * is true (a first install is not an update: nothing to reload).
 */
export function watchForUpdate(
	registration: RegistrationLike,
	hasController: () => boolean,
	onWaiting: (worker: WorkerLike) => void,
): void {
	const seen = new WeakSet<WorkerLike>();
	const offer = (worker: WorkerLike | null) => {
		if (!worker || seen.has(worker) || !hasController()) return;
		seen.add(worker);
		onWaiting(worker);
	};
	offer(registration.waiting);
	registration.addEventListener('updatefound', () => {
		const worker = registration.installing;
		if (!worker) return;
		worker.addEventListener('statechange', () => {
			if (worker.state === 'installed') offer(worker);
		});
	});
}

/** The message generateSW's worker listens for to stop waiting. */
export const SKIP_WAITING = { type: 'SKIP_WAITING' } as const;

/**
 * What a page does when a new worker takes control of it (`controllerchange`):
 *   reload — the learner accepted the update in this tab (点击刷新);
 *   offer  — another tab accepted it: this tab may hold unsaved work (an exam in progress), so it
 *            is never reloaded from elsewhere; it shows the notice and reloads when its own button
 *            is pressed;
 *   ignore — the first worker claiming a page of the very first visit (nothing changed).
 * `controlledBefore`: a worker controlled this page before this change (at load, or claimed since).
 */
export function controllerChangeAction(state: {
	acceptedHere: boolean;
	controlledBefore: boolean;
}): 'reload' | 'offer' | 'ignore' {
	if (state.acceptedHere) return 'reload';
	return state.controlledBefore ? 'offer' : 'ignore';
}

/**
 * What 点击刷新 does: ask the waiting worker to take over (the reload follows its controllerchange),
 * or — when the new version already took over (accepted in another tab) or there is no waiting
 * worker any more — reload at once, so the button never does nothing.
 */
export function reloadClickAction(workerState: string | null): 'skip-waiting' | 'reload' {
	return workerState === 'installed' ? 'skip-waiting' : 'reload';
}

/**
 * Whether an island that failed to load its code (Astro's `astro:hydration-error`) means this page
 * is older than the site: online, a hashed script of this site (`<base>_astro/…`) is gone — a deploy
 * renamed it and no service worker kept it (a tab without one, or two deploys old). The page then
 * shows the update notice, so the learner can reload onto the new version (work in progress is saved)
 * instead of facing a quiz that never responds. Offline, a missing file says nothing about versions.
 */
export function staleCodeNotice(failure: {
	componentUrl: string | null;
	online: boolean;
	base: string;
}): boolean {
	return failure.online && !!failure.componentUrl?.startsWith(`${failure.base}_astro/`);
}
