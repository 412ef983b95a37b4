/**
 * 班级汇总: paste receipt codes (or load a .txt file) → a sortable table per learner and item, pass/fail,
 * per-capacity averages, invalid codes and duplicates listed one by one, CSV export and print.
 * Logic lives in src/instructor/class-summary.ts and csv.ts; this component renders and calls them.
 */
import { useMemo, useRef, useState } from 'preact/hooks';
import { CAPACITY_IDS, POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import type { CatalogItem } from '../../instructor/catalog';
import {
	classTableRows,
	itemOf,
	sortRows,
	summariseReceipts,
	type ClassSummary as Summary,
	type CsvLabels,
	type SortDirection,
	type SortKey,
} from '../../instructor/class-summary';
import { toCsv } from '../../instructor/csv';
import { failureText } from './failure-text';
import { itemTitle } from './item-title';
import { formText, parsePassMark } from './form-text';
import { PassMarkField } from './PassMarkField';

const t = makeT(dict);
/** Receipt files larger than this are refused (a class of 300 receipts is about 100 KB). */
const MAX_FILE_BYTES = 2_000_000;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' });

type Sort = { key: SortKey; dir: SortDirection } | null;

/**
 * A sortable column header. Declared at module level: a component declared inside ClassSummary would
 * be a new type on every render, so each sort would replace the buttons and drop keyboard focus.
 */
function SortHeader({
	k,
	label,
	sort,
	onSort,
}: {
	k: SortKey;
	label: string;
	sort: Sort;
	onSort: (sort: Sort) => void;
}) {
	const active = sort?.key === k;
	const dir = active ? sort.dir : undefined;
	return (
		<th scope="col" aria-sort={dir ?? 'none'}>
			<button
				type="button"
				class="zz-sort print-keep"
				aria-label={t('instructor.class.sortBy', { col: label })}
				onClick={() =>
					onSort({ key: k, dir: active && dir === 'ascending' ? 'descending' : 'ascending' })
				}
			>
				<span>{label}</span>
				<span aria-hidden="true" class="zz-sort-mark">
					{dir === 'ascending' ? '▲' : dir === 'descending' ? '▼' : '↕'}
				</span>
			</button>
		</th>
	);
}

export default function ClassSummary({ catalog }: { catalog: CatalogItem[] }) {
	const byRef = useMemo(() => new Map(catalog.map((c) => [c.ref, c])), [catalog]);
	const pasteRef = useRef<HTMLTextAreaElement>(null);
	const [summary, setSummary] = useState<Summary | null>(null);
	const [sort, setSort] = useState<Sort>(null);
	const [error, setError] = useState('');

	const rows = useMemo(
		() => (summary ? (sort ? sortRows(summary.rows, sort.key, sort.dir) : summary.rows) : []),
		[summary, sort],
	);

	// Read from the form on submit (uncontrolled fields keep what was typed or pasted before hydration).
	function summarise(event: SubmitEvent) {
		event.preventDefault();
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const text = formText(form, 'codes');
		// Blank: each receipt's own pass mark; anything else must be a whole percent.
		const passMark = formText(form, 'passMark');
		const mark = passMark.trim() === '' ? null : parsePassMark(passMark);
		if (passMark.trim() !== '' && mark === null)
			return setError(t('instructor.class.errorPassMark'));
		setError('');
		setSummary(summariseReceipts(text, mark));
	}

	async function loadFile(event: Event) {
		const file = (event.currentTarget as HTMLInputElement).files?.[0];
		if (!file) return;
		// A class of 300 is ~100 KB; refuse anything absurd instead of freezing the page, and say so.
		if (file.size > MAX_FILE_BYTES) {
			setError(t('instructor.class.fileTooBig', { mb: (file.size / 1_000_000).toFixed(1) }));
			return;
		}
		setError('');
		if (pasteRef.current) pasteRef.current.value = await file.text();
	}

	const labels: CsvLabels = {
		name: t('instructor.class.col.name'),
		unit: t('instructor.class.col.unit'),
		assignment: t('instructor.class.col.assignment'),
		passed: t('instructor.class.col.passed'),
		yes: t('instructor.class.yes'),
		no: t('instructor.class.no'),
		average: t('instructor.class.col.average'),
		done: t('instructor.class.col.done'),
		issued: t('instructor.class.col.issued'),
		time: (ms) => timeFormat.format(ms),
		status: {
			todo: t('instructor.status.todo'),
			doing: t('instructor.status.doing'),
			done: t('instructor.status.done'),
		},
		item: (ref) => itemTitle(ref, byRef, t),
		capacity: (c) => POWERS[c].name,
	};

	function exportCsv() {
		if (!summary) return;
		const blob = new Blob([toCsv(classTableRows(summary, rows, labels))], {
			type: 'text/csv;charset=utf-8',
		});
		const url = URL.createObjectURL(blob);
		const a = document.createElement('a');
		a.href = url;
		a.download = t('instructor.class.fileName');
		document.body.append(a);
		a.click();
		a.remove();
		setTimeout(() => URL.revokeObjectURL(url), 10_000);
	}

	return (
		<div class="zz-class">
			<form class="zz-form zz-noprint" onSubmit={summarise} noValidate>
				<p>{t('instructor.class.intro')}</p>
				<div class="zz-field">
					<label for="zz-paste">{t('instructor.class.paste')}</label>
					<textarea
						id="zz-paste"
						class="zz-code"
						rows={8}
						name="codes"
						ref={pasteRef}
						spellcheck={false}
					/>
				</div>
				<div class="zz-row">
					<div class="zz-field">
						<label for="zz-file">{t('instructor.class.file')}</label>
						<input
							id="zz-file"
							type="file"
							accept=".txt,text/plain"
							onChange={(e) => void loadFile(e)}
						/>
					</div>
					<PassMarkField id="zz-cpass" label={t('instructor.class.passMark')} defaultValue="" />
				</div>
				<p class="zz-error" role="alert">
					{error}
				</p>
				<button type="submit" class="zz-button primary">
					{t('instructor.class.summarise')}
				</button>
				<p class="zz-muted">{t('instructor.class.selfReported')}</p>
			</form>

			{summary && (
				<div class="zz-class-result">
					<p role="status">
						{t('instructor.class.counts', {
							valid: summary.rows.length,
							invalid: summary.invalid.length,
							duplicates: summary.duplicates.length,
						})}
					</p>
					{summary.assignments.length > 1 && (
						<p class="zz-warning">
							{t('instructor.class.mixed', { n: summary.assignments.length })}
						</p>
					)}
					<div class="zz-actions zz-noprint">
						<button
							type="button"
							class="zz-button"
							onClick={exportCsv}
							disabled={summary.rows.length === 0}
						>
							{t('instructor.class.export')}
						</button>
						<button type="button" class="zz-button" onClick={() => window.print()}>
							{t('instructor.class.print')}
						</button>
					</div>
					<h2 id="zz-table-h">{t('instructor.class.table')}</h2>
					{summary.rows.length === 0 ? (
						<p>{t('instructor.class.empty')}</p>
					) : (
						<div class="zz-table-wrap" tabIndex={0} role="region" aria-labelledby="zz-table-h">
							<table class="zz-table">
								<thead>
									<tr>
										<SortHeader sort={sort} onSort={setSort} k="name" label={labels.name} />
										<SortHeader sort={sort} onSort={setSort} k="unit" label={labels.unit} />
										<SortHeader sort={sort} onSort={setSort} k="passed" label={labels.passed} />
										<SortHeader sort={sort} onSort={setSort} k="average" label={labels.average} />
										<SortHeader sort={sort} onSort={setSort} k="done" label={labels.done} />
										{summary.items.map((ref) => (
											<SortHeader
												key={ref}
												sort={sort}
												onSort={setSort}
												k={`item:${ref}`}
												label={labels.item(ref)}
											/>
										))}
										{CAPACITY_IDS.map((c) => (
											<SortHeader
												key={c}
												sort={sort}
												onSort={setSort}
												k={`cap:${c}`}
												label={POWERS[c].name}
											/>
										))}
										<SortHeader sort={sort} onSort={setSort} k="issued" label={labels.issued} />
									</tr>
								</thead>
								<tbody>
									{rows.map((row) => {
										const r = row.receipt;
										return (
											<tr key={row.key}>
												<th scope="row">{r.name}</th>
												<td>{r.unit}</td>
												<td class={row.passed ? 'zz-pass' : 'zz-fail'}>
													{row.passed ? labels.yes : labels.no}
												</td>
												<td>{row.average ?? t('instructor.class.none')}</td>
												<td>
													{row.done}/{r.items.length}
												</td>
												{summary.items.map((ref) => {
													const item = itemOf(row, ref);
													return (
														<td key={ref}>
															{!item
																? t('instructor.class.none')
																: item.score !== null
																	? item.score
																	: labels.status[item.status]}
														</td>
													);
												})}
												{CAPACITY_IDS.map((c) => (
													<td key={c}>{r.mastery[c] ?? t('instructor.class.none')}</td>
												))}
												<td>{labels.time(r.issuedAt)}</td>
											</tr>
										);
									})}
								</tbody>
							</table>
						</div>
					)}

					<h2>{t('instructor.class.averages')}</h2>
					<table class="zz-table zz-small">
						<thead>
							<tr>
								<th scope="col">{t('instructor.class.capacity')}</th>
								<th scope="col">{t('instructor.class.averageValue')}</th>
							</tr>
						</thead>
						<tbody>
							{CAPACITY_IDS.map((c) => (
								<tr key={c}>
									<th scope="row">{POWERS[c].name}</th>
									<td>{summary.capacityAverages[c] ?? t('instructor.class.none')}</td>
								</tr>
							))}
						</tbody>
					</table>

					{summary.invalid.length > 0 && (
						<>
							<h2>{t('instructor.class.invalidList')}</h2>
							<ul class="zz-problems" data-testid="invalid-codes">
								{summary.invalid.map((i, n) => (
									<li key={n}>
										{t('instructor.class.invalidItem', {
											line: i.line,
											excerpt: i.excerpt,
											reason: failureText(i.reason, i.field),
										})}
									</li>
								))}
							</ul>
						</>
					)}
					{summary.duplicates.length > 0 && (
						<>
							<h2>{t('instructor.class.duplicateList')}</h2>
							<ul class="zz-problems" data-testid="duplicates">
								{summary.duplicates.map((d, n) => (
									<li key={n}>
										{t(`instructor.class.duplicate.${d.reason}`, {
											line: d.line,
											name: d.name,
											unit: d.unit,
										})}
									</li>
								))}
							</ul>
						</>
					)}
				</div>
			)}
		</div>
	);
}
