/**
 * The search dialog (Preact island, mounted by ./open-search.tsx on first use): a native modal
 * <dialog> with a search field, results as links (the best five grouped by kind, then the rest under
 * 「更多结果」, see src/search/group.ts), each with an excerpt
 * whose matches are <mark> elements built from text (never HTML) and, for a question, whose answering
 * sentence is in <strong class="search-answer"> (src/search/answer.ts), arrow-key navigation, an empty state
 * with suggestions and recent searches, a plain notice when a term-like query is in none of the
 * results (src/search/phrase.ts), and a message when the index is missing or corrupt.
 * Renders only; searching, highlighting and storage live in src/search/.
 */
import { Fragment } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/search.json';
import { makeT } from '../../i18n/translate';
import { withBase } from '../../site/paths';
import type { SearchEngine, SearchHit } from '../../search/engine';
import { excerpt } from '../../search/excerpt';
import { layoutResults, type HitGroup } from '../../search/group';
import { missingPhrase } from '../../search/phrase';
import { asLoadError, getEngine, type LoadFailure } from '../../search/load-index';
import { addRecent, clearRecent, readRecent } from '../../search/recent-searches';
import { isImeComposing } from '../../search/shortcut';

const t = makeT(dict);
const SUGGESTIONS = ([1, 2, 3, 4, 5] as const).map((n) => t(`search.suggestion.${n}`));

export interface SearchDialogHandle {
	open(): void;
}

interface Props {
	opener: HTMLElement;
	onReady: (handle: SearchDialogHandle) => void;
}

type State =
	| { status: 'loading' }
	| { status: 'ready'; engine: SearchEngine }
	| { status: 'error'; reason: LoadFailure };

export function SearchDialog({ opener, onReady }: Props) {
	const dialog = useRef<HTMLDialogElement>(null);
	const input = useRef<HTMLInputElement>(null);
	const list = useRef<HTMLDivElement>(null);
	const [state, setState] = useState<State>({ status: 'loading' });
	const [query, setQuery] = useState('');
	const [recent, setRecent] = useState<string[]>([]);

	const load = () => {
		setState({ status: 'loading' });
		getEngine().then(
			(engine) => setState({ status: 'ready', engine }),
			(error: unknown) => setState({ status: 'error', reason: asLoadError(error).reason }),
		);
	};

	// The latest callback, so the mount effect below need not re-run when the parent re-renders.
	const onReadyRef = useRef(onReady);
	onReadyRef.current = onReady;

	useEffect(() => {
		setRecent(readRecent());
		load();
		onReadyRef.current({
			open() {
				const el = dialog.current;
				if (!el) return;
				if (!el.open) el.showModal();
				document.body.toggleAttribute('data-search-open', true);
				input.current?.focus();
				input.current?.select();
			},
		});
		// Mounted once per page: load and hand out the handle a single time.
	}, []);

	// Results for `shown` (the query they answer): searching may fetch index shards, so answers arrive
	// asynchronously and an answer to an older query is dropped.
	const [answer, setAnswer] = useState<{ shown: string; hits: SearchHit[] }>({
		shown: '',
		hits: [],
	});
	useEffect(() => {
		if (state.status !== 'ready') return;
		if (!query.trim()) {
			setAnswer({ shown: query, hits: [] });
			return;
		}
		let current = true;
		state.engine.search(query).then(
			(hits) => current && setAnswer({ shown: query, hits }),
			(error: unknown) =>
				current && setState({ status: 'error', reason: asLoadError(error).reason }),
		);
		return () => {
			current = false;
		};
	}, [state, query]);
	const hits = answer.hits;
	const layout = useMemo(() => layoutResults(hits), [hits]);
	const absent = useMemo(() => missingPhrase(answer.shown, hits), [answer.shown, hits]);

	const links = () => [
		...(list.current?.querySelectorAll<HTMLAnchorElement>('a[data-result]') ?? []),
	];

	const remember = () => setRecent(addRecent(query));

	const onInputKey = (event: KeyboardEvent) => {
		if (isImeComposing(event)) return;
		if (event.key === 'ArrowDown') {
			event.preventDefault();
			links()[0]?.focus();
		} else if (event.key === 'Enter') {
			const first = links()[0];
			if (first) {
				event.preventDefault();
				remember();
				first.click();
			}
		}
	};

	const onListKey = (event: KeyboardEvent) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const all = links();
		const at = all.indexOf(document.activeElement as HTMLAnchorElement);
		if (at < 0) return;
		event.preventDefault();
		if (event.key === 'ArrowDown') all[Math.min(at + 1, all.length - 1)]?.focus();
		else if (at === 0) input.current?.focus();
		else all[at - 1]?.focus();
	};

	const close = () => dialog.current?.close();

	const pick = (q: string) => {
		setQuery(q);
		input.current?.focus();
	};

	// What is shown answers `answer.shown`; until the current query's answer arrives, the last one stays.
	const trimmed = answer.shown.trim();
	let status = '';
	if (state.status === 'loading') status = t('search.loading');
	else if (state.status === 'error') status = '';
	else if (absent) status = t('search.partialCount', { count: hits.length });
	else if (trimmed && hits.length > 0) status = t('search.count', { count: hits.length });

	// The best five are grouped under h2s; the rest sit in 「更多结果」 (an h2) with h3 groups.
	const renderGroups = (groups: HitGroup[], block: 'best' | 'more') => {
		const Heading = block === 'best' ? 'h2' : 'h3';
		return groups.map((group) => (
			<section
				class="search-group"
				key={group.kind}
				aria-labelledby={
					block === 'more'
						? `search-more-title search-more-${group.kind}`
						: `search-best-${group.kind}`
				}
			>
				<Heading class="search-group-title" id={`search-${block}-${group.kind}`}>
					{t(`search.kind.${group.kind}`)}
				</Heading>
				<ul>
					{group.hits.map((hit) => (
						<li key={hit.doc.url + hit.doc.title}>
							<a
								data-result
								data-kind={hit.doc.kind}
								href={withBase(hit.doc.url)}
								onClick={() => {
									remember();
									close();
								}}
							>
								<span class="search-hit-title">{hit.doc.title}</span>
								<span class="search-hit-excerpt">
									{excerpt(hit.doc.text, answer.shown, undefined, hit.answer).map((s, i) => {
										const text = s.mark ? <mark>{s.text}</mark> : s.text;
										// A question's answering sentence, in <strong>: text nodes only.
										return s.answer ? (
											<strong key={i} class="search-answer">
												{text}
											</strong>
										) : (
											<Fragment key={i}>{text}</Fragment>
										);
									})}
								</span>
							</a>
						</li>
					))}
				</ul>
			</section>
		));
	};

	return (
		<dialog
			ref={dialog}
			class="search-dialog"
			aria-label={t('search.dialogLabel')}
			onClose={() => {
				document.body.toggleAttribute('data-search-open', false);
				opener.focus();
			}}
			onClick={(event) => {
				if (event.target === dialog.current) close();
			}}
		>
			<div class="search-frame">
				<div class="search-bar">
					<input
						ref={input}
						type="search"
						class="search-input"
						aria-label={t('search.inputLabel')}
						placeholder={t('search.placeholder')}
						autocomplete="off"
						spellcheck={false}
						enterKeyHint="search"
						value={query}
						onInput={(event) => setQuery(event.currentTarget.value)}
						onKeyDown={onInputKey}
					/>
					<button type="button" class="search-close" onClick={close}>
						{t('search.close')}
					</button>
				</div>
				<p class="search-status" role="status">
					{status}
				</p>
				{state.status === 'error' && (
					<div class="search-error" role="alert">
						<p>{t(state.reason === 'missing' ? 'search.errorMissing' : 'search.errorCorrupt')}</p>
						<button type="button" class="search-chip" onClick={load}>
							{t('search.retry')}
						</button>
					</div>
				)}
				<div class="search-results" ref={list} data-query={answer.shown} onKeyDown={onListKey}>
					{absent && (
						<p class="search-absent" data-absent>
							{t('search.absent', { query: absent.slice(0, 40) })}
						</p>
					)}
					{renderGroups(layout.best, 'best')}
					{layout.more.length > 0 && (
						<section class="search-more" aria-labelledby="search-more-title">
							<h2 class="search-more-title" id="search-more-title">
								{t('search.more')}
							</h2>
							{renderGroups(layout.more, 'more')}
						</section>
					)}
				</div>
				{state.status === 'ready' && (!trimmed || hits.length === 0) && (
					<div class="search-empty">
						{trimmed && <p>{t('search.none', { query: trimmed.slice(0, 40) })}</p>}
						{!trimmed && recent.length > 0 && (
							<div class="search-chips">
								<h2 class="search-group-title">{t('search.recent')}</h2>
								<ul>
									{recent.map((r) => (
										<li key={r}>
											<button type="button" class="search-chip" onClick={() => pick(r)}>
												{r}
											</button>
										</li>
									))}
								</ul>
								<button
									type="button"
									class="search-clear"
									onClick={() => {
										clearRecent();
										setRecent([]);
									}}
								>
									{t('search.clearRecent')}
								</button>
							</div>
						)}
						<div class="search-chips">
							<h2 class="search-group-title">{t('search.suggestions')}</h2>
							<ul>
								{SUGGESTIONS.map((s) => (
									<li key={s}>
										<button type="button" class="search-chip" onClick={() => pick(s)}>
											{s}
										</button>
									</li>
								))}
							</ul>
						</div>
					</div>
				)}
				<p class="search-hint" aria-hidden="true">
					{t('search.hint')}
				</p>
			</div>
		</dialog>
	);
}
