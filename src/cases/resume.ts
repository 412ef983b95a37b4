/**
 * A case in progress survives a reload: the learner's walk (its steps) is saved as `case:<id>` through
 * the progress store's in-progress API (src/progress/in-progress.ts) and replayed against the case on
 * the next visit (./walk.ts restoreWalk), so a walk the case no longer allows is dropped, not shown.
 *
 * Owns: the saved shape (a list of `{ node, choice? }`) and its validation. Must not: touch storage
 * directly (the store does) or render anything.
 */
import type { CaseGraph, CaseStep } from './graph';
import { restoreWalk, startWalk, type Walk } from './walk';
import { clearInProgress, loadInProgress, saveInProgress } from '../progress/in-progress';
import { initProgress } from '../progress/store';

/** The most steps a saved walk may have (a case has a handful). */
const MAX_STEPS = 60;

export function walkKey(caseId: string): string {
	return `case:${caseId}`;
}

/** The saved data as steps, or undefined when it is not a list of well-formed steps. */
export function parseSavedSteps(data: unknown): CaseStep[] | undefined {
	if (!Array.isArray(data) || data.length === 0 || data.length > MAX_STEPS) return undefined;
	const steps: CaseStep[] = [];
	for (const item of data as unknown[]) {
		if (!item || typeof item !== 'object') return undefined;
		const { node, choice } = item as Record<string, unknown>;
		if (typeof node !== 'string' || !/^[a-z0-9][a-z0-9-]{0,79}$/u.test(node)) return undefined;
		if (
			choice !== undefined &&
			!(Number.isInteger(choice) && (choice as number) >= 0 && (choice as number) < 4)
		)
			return undefined;
		steps.push(choice === undefined ? { node } : { node, choice: choice as number });
	}
	return steps;
}

/** The walk saved for this case, replayed; undefined when none is saved or it no longer fits. */
export function loadSavedWalk(caseId: string, c: CaseGraph): Walk | undefined {
	initProgress();
	const saved = loadInProgress(walkKey(caseId), parseSavedSteps);
	return saved ? restoreWalk(c, saved.data) : undefined;
}

/** Keep the walk (a walk still at the start, untouched, is cleared instead). */
export function saveWalk(caseId: string, c: CaseGraph, walk: Walk): void {
	const fresh = startWalk(c);
	if (walk.steps.length === 1 && walk.steps[0]!.choice === fresh.steps[0]!.choice) {
		clearSavedWalk(caseId);
		return;
	}
	saveInProgress(walkKey(caseId), walk.steps);
}

/** Forget the saved walk (the case was finished or restarted). */
export function clearSavedWalk(caseId: string): void {
	clearInProgress(walkKey(caseId));
}
