/**
 * The learner's accepted assignments, kept in the progress store's document (src/progress/store.ts) so
 * they travel with the learner's progress export/import and sync across tabs. Each record holds the
 * assignment's own `a1.` link payload, decoded again by src/instructor/codec.ts on every read, so stored
 * data is validated exactly like a link; a record that no longer decodes is not shown but stays in the
 * document (nothing is thrown away). Written only when the learner presses 接受 (never on opening a
 * link); an entry leaves only when the learner removes it.
 * Must not: hold progress (item status is computed from the progress snapshot, see status.ts).
 */
import {
	$progress,
	addAssignment,
	initProgress,
	listAssignments,
	removeAssignment,
} from '../progress/store';
import { decodeAssignment, encodeAssignment, type Assignment } from './codec';

export interface AcceptedAssignment {
	assignment: Assignment;
	/** Epoch ms when the learner accepted it. */
	acceptedAt: number;
}

export interface AssignmentRepository {
	/** Accepted assignments, newest first. */
	list(): AcceptedAssignment[];
	/** Accept (or re-accept, keeping the first acceptance time). */
	accept(assignment: Assignment): void;
	remove(id: string): void;
	/** Called after any change, also from other tabs. Returns an unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** False when changes only live in memory (storage blocked or full). */
	readonly persistent: boolean;
}

/**
 * The repository the pages use: accepted assignments live in the progress store's document
 * (`assignments[id].payload = { id, code }`, where `code` is the `a1.` payload, decoded again by the
 * codec on every read), so they travel with the learner's progress export/import and sync across tabs.
 */
export function createStoreRepository(): AssignmentRepository {
	return {
		list() {
			initProgress();
			return listAssignments()
				.map((record) => {
					const code = record.payload['code'];
					const decoded = typeof code === 'string' ? decodeAssignment(code) : null;
					return decoded?.ok && decoded.value.id === record.id
						? { assignment: decoded.value, acceptedAt: record.acceptedAt }
						: null;
				})
				.filter((e): e is AcceptedAssignment => e !== null);
		},
		accept(assignment) {
			initProgress();
			addAssignment({ id: assignment.id, code: encodeAssignment(assignment) });
		},
		remove(id) {
			initProgress();
			removeAssignment(id);
		},
		subscribe(listener) {
			initProgress();
			return $progress.listen(listener);
		},
		get persistent() {
			return $progress.get().health === 'ok';
		},
	};
}

/** The repository the pages use. */
export const assignmentRepository: AssignmentRepository = createStoreRepository();
