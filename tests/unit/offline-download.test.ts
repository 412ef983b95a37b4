import { describe, expect, it } from 'vitest';
import {
	downloadAll,
	keptCount,
	megabytes,
	readExtraList,
	type DownloadDeps,
} from '../../src/offline/download-all';
import { fileUrl, PAGES_CACHE } from '../../src/offline/precache';

function fakeDeps(list: unknown, failOn?: string) {
	const kept = new Set<string>();
	const opened: string[] = [];
	const added: string[] = [];
	const network = { failOn };
	const deps: DownloadDeps = {
		fetchJson: (url) =>
			url === '/xuexi/offline-extra.json'
				? Promise.resolve(list)
				: Promise.reject(new Error(`unexpected ${url}`)),
		openCache: (name) => {
			opened.push(name);
			return Promise.resolve({
				match: (url: string) => Promise.resolve(kept.has(url) ? {} : undefined),
				add: (url: string) => {
					if (url === network.failOn) return Promise.reject(new Error('network'));
					added.push(url);
					kept.add(url);
					return Promise.resolve();
				},
			});
		},
	};
	return { deps, kept, opened, added, network };
}

const LIST = {
	bytes: 300,
	files: [
		{ url: '/xuexi/cases/a/', bytes: 100 },
		{ url: '/xuexi/cases/b/', bytes: 120 },
		{ url: '/xuexi/instructor/', bytes: 80 },
	],
};

describe('离线下载全部内容', () => {
	it('keeps every listed page in the pages cache and reports progress per file', async () => {
		const { deps, kept, opened } = fakeDeps(LIST);
		const seen: number[] = [];
		const list = await readExtraList('/xuexi', deps);
		const end = await downloadAll(list, deps, (p) => seen.push(p.done));
		expect(seen).toEqual([1, 2, 3]);
		expect(end).toEqual({ done: 3, total: 3, bytesDone: 300, bytesTotal: 300 });
		expect([...kept]).toEqual(LIST.files.map((f) => f.url));
		expect(new Set(opened)).toEqual(new Set([PAGES_CACHE]));
	});

	it('resumes after a failure without fetching what it already kept', async () => {
		const fake = fakeDeps(LIST, '/xuexi/cases/b/');
		await expect(downloadAll(LIST, fake.deps, () => undefined)).rejects.toThrow('network');
		expect(await keptCount(LIST, fake.deps)).toBe(1);
		fake.network.failOn = undefined;
		fake.added.length = 0;
		await downloadAll(LIST, fake.deps, () => undefined);
		expect(fake.added).toEqual(['/xuexi/cases/b/', '/xuexi/instructor/']);
		expect(await keptCount(LIST, fake.deps)).toBe(3);
	});

	it('refuses a malformed list', async () => {
		for (const bad of [
			null,
			{ files: [] },
			{ bytes: 1, files: [{ url: 'http://x/', bytes: 1 }] },
		]) {
			await expect(readExtraList('/xuexi/', fakeDeps(bad).deps)).rejects.toThrow();
		}
	});

	it('names sizes in megabytes and pages by their directory URL', () => {
		expect(megabytes(1_619_274)).toBe('1.5');
		expect(megabytes(10)).toBe('0.1');
		expect(fileUrl('cases/x/index.html', '/xuexi')).toBe('/xuexi/cases/x/');
		expect(fileUrl('index.html', '/')).toBe('/');
		expect(fileUrl('data/questions.json', '/xuexi/')).toBe('/xuexi/data/questions.json');
	});
});
