/**
 * The storage adapter: the only code in the site (besides the pre-paint font-size script, which only
 * reads) that touches `localStorage`. Every access is guarded: a browser that blocks storage (private
 * modes, WeChat settings) or a full quota never throws into a page.
 *
 * Owns: `createStorage()` over a Storage-like backend, reporting whether the last write persisted.
 * Must not: know the document's shape (the store passes strings).
 */

export type StorageHealth = 'ok' | 'unavailable' | 'full';

export interface WriteResult {
	ok: boolean;
	health: StorageHealth;
}

export interface ProgressStorage {
	/** 'unavailable' when even reading throws. */
	read(key: string): { ok: true; value: string | null } | { ok: false };
	write(key: string, value: string): WriteResult;
	remove(key: string): void;
	/** Whether a probe write succeeds right now. */
	probe(): StorageHealth;
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isQuotaError(error: unknown): boolean {
	if (!(error instanceof DOMException)) return false;
	return error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The page's localStorage, or null where even touching it throws. */
export function browserStorage(): StorageLike | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

const PROBE_KEY = 'zuzhili-yanxue:probe';

export function createStorage(backend: StorageLike | null = browserStorage()): ProgressStorage {
	return {
		read(key) {
			if (!backend) return { ok: false };
			try {
				return { ok: true, value: backend.getItem(key) };
			} catch {
				return { ok: false };
			}
		},
		write(key, value) {
			if (!backend) return { ok: false, health: 'unavailable' };
			try {
				backend.setItem(key, value);
				return { ok: true, health: 'ok' };
			} catch (error) {
				return { ok: false, health: isQuotaError(error) ? 'full' : 'unavailable' };
			}
		},
		remove(key) {
			try {
				backend?.removeItem(key);
			} catch {
				// Nothing to do: the value stays, which loses nothing.
			}
		},
		probe() {
			if (!backend) return 'unavailable';
			try {
				backend.setItem(PROBE_KEY, '1');
				backend.removeItem(PROBE_KEY);
				return 'ok';
			} catch (error) {
				return isQuotaError(error) ? 'full' : 'unavailable';
			}
		},
	};
}
