/**
 * 「离线下载全部内容」: puts every file outside the precached core (the build's EXTRA_FILE list:
 * practice sets, case studies, instructor pages) into the pages cache the service worker answers
 * from, one by one, reporting progress. Files already kept are skipped, so an interrupted download
 * resumes where it stopped. Owns: reading the list and filling the cache (browser APIs injected, for
 * unit tests). Must not: render (src/components/offline/OfflineDownload.tsx does).
 */
import { EXTRA_FILE, normaliseBase, PAGES_CACHE, type ExtraFile } from './precache';

export interface ExtraList {
	bytes: number;
	files: ExtraFile[];
}

export interface Progress {
	done: number;
	total: number;
	bytesDone: number;
	bytesTotal: number;
}

interface CacheLike {
	match(url: string): Promise<unknown>;
	add(url: string): Promise<void>;
}

export interface DownloadDeps {
	fetchJson: (url: string) => Promise<unknown>;
	openCache: (name: string) => Promise<CacheLike>;
}

const isExtraList = (v: unknown): v is ExtraList =>
	typeof v === 'object' &&
	v !== null &&
	typeof (v as ExtraList).bytes === 'number' &&
	Array.isArray((v as ExtraList).files) &&
	(v as ExtraList).files.every(
		(f) => typeof f?.url === 'string' && f.url.startsWith('/') && typeof f.bytes === 'number',
	);

/** The list of files outside the core; rejects when it is missing or malformed. */
export async function readExtraList(base: string, deps: DownloadDeps): Promise<ExtraList> {
	const list = await deps.fetchJson(`${normaliseBase(base)}${EXTRA_FILE}`);
	if (!isExtraList(list)) throw new Error('offline list malformed');
	return list;
}

/** How many of the list's files are already kept (for 「已下载」 without downloading). */
export async function keptCount(list: ExtraList, deps: DownloadDeps): Promise<number> {
	const cache = await deps.openCache(PAGES_CACHE);
	let kept = 0;
	for (const file of list.files) if (await cache.match(file.url)) kept++;
	return kept;
}

/** Download what is not kept yet, in list order; `onProgress` after each file. Rejects on the first failure. */
export async function downloadAll(
	list: ExtraList,
	deps: DownloadDeps,
	onProgress: (p: Progress) => void,
): Promise<Progress> {
	const cache = await deps.openCache(PAGES_CACHE);
	const progress: Progress = {
		done: 0,
		total: list.files.length,
		bytesDone: 0,
		bytesTotal: list.bytes,
	};
	for (const file of list.files) {
		if (!(await cache.match(file.url))) await cache.add(file.url);
		progress.done++;
		progress.bytesDone += file.bytes;
		onProgress({ ...progress });
	}
	return progress;
}

/** Megabytes with one decimal, at least 0.1 (「约 1.6 MB」). */
export function megabytes(bytes: number): string {
	return Math.max(0.1, Math.round(bytes / 104_857.6) / 10).toFixed(1);
}
