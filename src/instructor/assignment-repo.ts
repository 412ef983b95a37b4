/**
 * The learner's accepted assignments — a tiny repository behind an interface. The pages use the
 * progress-store implementation (`createStoreRepository`); `createLocalRepository` is the standalone
 * implementation used before the store existed (and by unit tests of the contract).
 *
 * Standalone implementation:
 * Storage key `zzl.instructor.assignments` (localStorage), shape `{ v: 1, list: [{ code, acceptedAt }] }`
 * where `code` is the assignment's own `a1.` link payload: everything read back is decoded again by
 * src/instructor/codec.ts, so stored data is validated exactly like a link. Unreadable entries are kept
 * aside under `zzl.instructor.assignments.bad` (never silently thrown away). Storage that throws or is
 * full falls back to memory (`persistent` turns false; the page says so).
 * Lifecycle: written only when the learner presses 接受 (never on opening a link); an entry leaves
 * only when the learner removes it. To switch to the store: implement AssignmentRepository with the
 * store's accepted-assignment records and export it as `assignmentRepository`.
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
	accept(assignment: Assignment, now: number): void;
	remove(id: string): void;
	/** Called after any change, also from other tabs. Returns an unsubscribe function. */
	subscribe(listener: () => void): () => void;
	/** False when changes only live in memory (storage blocked or full). */
	readonly persistent: boolean;
}

/** The localStorage key (see header for the shape). */
export const ASSIGNMENTS_KEY = 'zzl.instructor.assignments';
const BAD_KEY = `${ASSIGNMENTS_KEY}.bad`;

interface StoredEntry {
	code: string;
	acceptedAt: number;
}

function decodeStored(raw: string | null): { entries: AcceptedAssignment[]; bad: boolean } {
	if (raw === null) return { entries: [], bad: false };
	let parsed: unknown;
	try {
		parsed = JSON.parse(raw);
	} catch {
		return { entries: [], bad: true };
	}
	const list = (parsed as { v?: unknown; list?: unknown } | null)?.list;
	if (!Array.isArray(list)) return { entries: [], bad: true };
	let bad = false;
	const entries: AcceptedAssignment[] = [];
	for (const e of list as unknown[]) {
		const { code, acceptedAt } = (e ?? {}) as Partial<StoredEntry>;
		const decoded = typeof code === 'string' ? decodeAssignment(code) : null;
		if (decoded?.ok && typeof acceptedAt === 'number' && Number.isFinite(acceptedAt)) {
			entries.push({ assignment: decoded.value, acceptedAt });
		} else bad = true;
	}
	return { entries, bad };
}

export function createLocalRepository(storage: () => Storage | undefined): AssignmentRepository {
	let memory: AcceptedAssignment[] | null = null;
	let persistent = true;
	const listeners = new Set<() => void>();
	const emit = () => listeners.forEach((l) => l());

	function read(): AcceptedAssignment[] {
		if (memory) return memory;
		try {
			const s = storage();
			if (!s) throw new Error('no storage');
			const raw = s.getItem(ASSIGNMENTS_KEY);
			const { entries, bad } = decodeStored(raw);
			if (bad && raw !== null) s.setItem(BAD_KEY, raw);
			return entries;
		} catch {
			persistent = false;
			memory = [];
			return memory;
		}
	}
	function write(list: AcceptedAssignment[]): void {
		const stored = {
			v: 1,
			list: list.map((e) => ({ code: encodeAssignment(e.assignment), acceptedAt: e.acceptedAt })),
		};
		try {
			if (memory) throw new Error('memory mode');
			const s = storage();
			if (!s) throw new Error('no storage');
			s.setItem(ASSIGNMENTS_KEY, JSON.stringify(stored));
		} catch {
			persistent = false;
			memory = list;
		}
		emit();
	}
	return {
		list: () => [...read()].sort((a, b) => b.acceptedAt - a.acceptedAt),
		accept(assignment, now) {
			const list = read();
			const existing = list.find((e) => e.assignment.id === assignment.id);
			write([
				...list.filter((e) => e.assignment.id !== assignment.id),
				{ assignment, acceptedAt: existing?.acceptedAt ?? now },
			]);
		},
		remove(id) {
			write(read().filter((e) => e.assignment.id !== id));
		},
		subscribe(listener) {
			listeners.add(listener);
			const onStorage = (e: StorageEvent) => {
				if (e.key === ASSIGNMENTS_KEY) listener();
			};
			if (typeof window !== 'undefined') window.addEventListener('storage', onStorage);
			return () => {
				listeners.delete(listener);
				if (typeof window !== 'undefined') window.removeEventListener('storage', onStorage);
			};
		},
		get persistent() {
			return persistent;
		},
	};
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
