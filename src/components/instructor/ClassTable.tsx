/**
 * 班级汇总's table: one row per learner, the name column stays in view while the columns scroll, a
 * visible cue says the table scrolls, sortable headers, and a 移除 button (with a confirm) per row.
 * Prints landscape, one line per learner (src/components/instructor/class-view.css).
 * Logic lives in src/instructor/class-summary.ts; this component renders.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CAPACITY_IDS, POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import viewDict from '../../i18n/zh-CN/classview.json';
import { makeT } from '../../i18n/translate';
import {
	itemOf,
	type ClassSummary as Summary,
	type CsvLabels,
	type LearnerRow,
	type SortDirection,
	type SortKey,
} from '../../instructor/class-summary';

const t = makeT(dict, viewDict);

export type Sort = { key: SortKey; dir: SortDirection } | null;

/**
 * A sortable column header. Declared at module level: a component declared inside another would be a
 * new type on every render, so each sort would replace the buttons and drop keyboard focus.
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
		<th scope="col" aria-sort={dir ?? 'none'} class={k === 'name' ? 'zz-sticky' : undefined}>
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

/** One learner's row, with the two-step 移除. */
function LearnerLine({
	row,
	summary,
	labels,
	confirming,
	onAsk,
	onRemove,
}: {
	row: LearnerRow;
	summary: Summary;
	labels: CsvLabels;
	confirming: boolean;
	onAsk: (key: string | null) => void;
	onRemove: (row: LearnerRow) => void;
}) {
	const r = row.receipt;
	const none = t('instructor.class.none');
	return (
		<tr>
			<th scope="row" class="zz-sticky">
				{r.name}
			</th>
			<td class="zz-unit">{r.unit}</td>
			<td class={row.passed ? 'zz-pass' : 'zz-fail'}>{row.passed ? labels.yes : labels.no}</td>
			<td class="zz-num">{row.average ?? none}</td>
			<td class="zz-num">
				{row.done}/{r.items.length}
			</td>
			{summary.items.map((ref) => {
				const item = itemOf(row, ref);
				const text = !item ? none : item.score !== null ? item.score : labels.status[item.status];
				return (
					<td key={ref} class={`zz-status zz-st-${item?.status ?? 'none'}`}>
						{text}
					</td>
				);
			})}
			{CAPACITY_IDS.map((c) => (
				<td key={c} class="zz-num">
					{r.mastery[c] ?? none}
				</td>
			))}
			<td class="zz-time">{labels.time(r.issuedAt)}</td>
			<td class="zz-noprint zz-remove">
				{confirming ? (
					<span
						class="zz-confirm"
						role="group"
						aria-label={t('classview.removeConfirm', { name: r.name, unit: r.unit })}
					>
						<span class="zz-confirm-text">
							{t('classview.removeConfirm', { name: r.name, unit: r.unit })}
						</span>
						<button type="button" class="zz-button danger" onClick={() => onRemove(row)}>
							{t('classview.removeYes')}
						</button>
						<button type="button" class="zz-button" onClick={() => onAsk(null)}>
							{t('classview.cancel')}
						</button>
					</span>
				) : (
					<button
						type="button"
						class="zz-button"
						aria-label={t('classview.removeLabel', { name: r.name })}
						onClick={() => onAsk(row.key)}
					>
						{t('classview.remove')}
					</button>
				)}
			</td>
		</tr>
	);
}

export function ClassTable({
	summary,
	rows,
	labels,
	sort,
	onSort,
	onRemove,
}: {
	summary: Summary;
	rows: readonly LearnerRow[];
	labels: CsvLabels;
	sort: Sort;
	onSort: (sort: Sort) => void;
	onRemove: (row: LearnerRow) => void;
}) {
	const wrap = useRef<HTMLDivElement>(null);
	const [overflows, setOverflows] = useState(false);
	const [confirming, setConfirming] = useState<string | null>(null);

	// The scroll cue shows only while some columns are out of view.
	useEffect(() => {
		const el = wrap.current;
		if (!el) return;
		const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
		check();
		if (typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(check);
		observer.observe(el);
		return () => observer.disconnect();
	}, [summary]);

	return (
		<>
			{overflows && (
				<p class="zz-scroll-cue zz-noprint" id="zz-scroll-cue">
					{t('classview.scrollCue')}
				</p>
			)}
			<div
				class="zz-table-wrap zz-class-table-wrap"
				tabIndex={0}
				role="region"
				aria-labelledby="zz-table-h"
				{...(overflows ? { 'aria-describedby': 'zz-scroll-cue' } : {})}
				ref={wrap}
			>
				<table class="zz-table zz-class-table" aria-labelledby="zz-table-h">
					<thead>
						<tr>
							<SortHeader sort={sort} onSort={onSort} k="name" label={labels.name} />
							<SortHeader sort={sort} onSort={onSort} k="unit" label={labels.unit} />
							<SortHeader sort={sort} onSort={onSort} k="passed" label={labels.passed} />
							<SortHeader sort={sort} onSort={onSort} k="average" label={labels.average} />
							<SortHeader sort={sort} onSort={onSort} k="done" label={labels.done} />
							{summary.items.map((ref) => (
								<SortHeader
									key={ref}
									sort={sort}
									onSort={onSort}
									k={`item:${ref}`}
									label={labels.item(ref)}
								/>
							))}
							{CAPACITY_IDS.map((c) => (
								<SortHeader
									key={c}
									sort={sort}
									onSort={onSort}
									k={`cap:${c}`}
									label={POWERS[c].name}
								/>
							))}
							<SortHeader sort={sort} onSort={onSort} k="issued" label={labels.issued} />
							<th scope="col" class="zz-noprint">
								<span class="sr-only">{t('classview.remove')}</span>
							</th>
						</tr>
					</thead>
					<tbody>
						{rows.map((row) => (
							<LearnerLine
								key={row.key}
								row={row}
								summary={summary}
								labels={labels}
								confirming={confirming === row.key}
								onAsk={setConfirming}
								onRemove={(r) => {
									setConfirming(null);
									onRemove(r);
								}}
							/>
						))}
					</tbody>
				</table>
			</div>
		</>
	);
}
