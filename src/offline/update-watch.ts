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
