/**
 * 我的学习 → 离线使用 (island): says what already works offline and offers 「离线下载全部内容（约 N MB）」
 * with a progress bar; an interrupted download resumes. Logic in src/offline/download-all.ts.
 */
import { useEffect, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/offline.json';
import { makeT } from '../../i18n/translate';
import {
	downloadAll,
	keptCount,
	megabytes,
	readExtraList,
	type DownloadDeps,
	type ExtraList,
} from '../../offline/download-all';
import { registerWorker, savesData } from '../../offline/worker';

const t = makeT(dict);

const deps: DownloadDeps = {
	fetchJson: async (url) => (await fetch(url, { cache: 'no-cache' })).json() as Promise<unknown>,
	openCache: (name) => caches.open(name),
};

type State =
	| { step: 'idle' }
	| { step: 'running'; done: number; total: number }
	| { step: 'done' }
	| { step: 'failed' };

export default function OfflineDownload() {
	const [supported, setSupported] = useState(true);
	const [list, setList] = useState<ExtraList | null>(null);
	const [state, setState] = useState<State>({ step: 'idle' });
	const [saveData, setSaveData] = useState(false);
	// The server-rendered button stays disabled until the island can act on a tap.
	const [mounted, setMounted] = useState(false);

	useEffect(() => {
		setMounted(true);
		if (!('serviceWorker' in navigator) || !('caches' in window)) {
			setSupported(false);
			return;
		}
		setSaveData(savesData() && !navigator.serviceWorker.controller);
		let live = true;
		readExtraList(import.meta.env.BASE_URL, deps)
			.then(async (l) => {
				if (!live) return;
				setList(l);
				if ((await keptCount(l, deps)) === l.files.length && live) setState({ step: 'done' });
			})
			.catch(() => undefined);
		return () => {
			live = false;
		};
	}, []);

	const start = async () => {
		try {
			const l = list ?? (await readExtraList(import.meta.env.BASE_URL, deps));
			setList(l);
			setState({ step: 'running', done: 0, total: l.files.length });
			await registerWorker();
			await navigator.serviceWorker.ready;
			setSaveData(false);
			await downloadAll(l, deps, (p) =>
				setState({ step: 'running', done: p.done, total: p.total }),
			);
			setState({ step: 'done' });
		} catch {
			setState({ step: 'failed' });
		}
	};

	if (!supported) return <p>{t('offline.download.unsupported')}</p>;
	return (
		<div class="zz-offline" data-offline-download={state.step}>
			<p>{t('offline.download.core')}</p>
			{saveData && <p>{t('offline.download.saveData')}</p>}
			{state.step === 'done' ? (
				<p role="status">{t('offline.download.done')}</p>
			) : (
				<>
					<button
						type="button"
						class="zz-button"
						disabled={!mounted || state.step === 'running'}
						onClick={() => void start()}
					>
						{list
							? t('offline.download.button', { mb: megabytes(list.bytes) })
							: t('offline.download.buttonNoSize')}
					</button>
					<p role="status">
						{state.step === 'running' && t('offline.download.progress', state)}
						{state.step === 'failed' && t('offline.download.failed')}
					</p>
					{state.step === 'running' && (
						<progress
							max={state.total}
							value={state.done}
							aria-label={t('offline.download.progressLabel')}
						/>
					)}
				</>
			)}
		</div>
	);
}
