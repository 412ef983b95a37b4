/**
 * The five-axis mastery radar (SVG) with its data table, which carries the same numbers for screen
 * readers and anyone who prefers a table. Besides overall mastery it draws two outlines: 记忆
 * (dashed) and 理解及以上 (dotted), named in a legend; the table has their columns too.
 * Geometry from src/progress/radar.ts.
 */
import type { ComponentChildren } from 'preact';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { gridRings, labelAnchor, pointOnAxis, polygonPoints } from '../../progress/radar';

const t = makeT(dict);
const FRAME = { cx: 200, cy: 145, r: 95 };
/** The two levels drawn as outlines and tabled beside overall mastery. */
const LEVELS = ['recall', 'applied'] as const;
/** The polygon through `values` (0–1, one per axis, in axis order). */
const outline = (values: number[]): string => polygonPoints(FRAME, values);

export interface RadarDatum {
	label: string;
	/** 0–1. */
	value: number;
	answered: number;
	/** The same over 记忆 questions, and over 理解 / 应用 / 分析 questions. */
	recall: { value: number; answered: number };
	applied: { value: number; answered: number };
}

const percent = (v: number) => t('progress.me.percent', { value: Math.round(v * 100) });

/** The radar's numbers as a table: one row per capacity, its name and then `row(d)`'s cells. */
function PowerTable(props: {
	data: RadarDatum[];
	/** The attribute that marks the table (`data-mastery-table`, `data-level-table`). */
	marker: string;
	caption: string;
	/** Headings of the columns after the capacity's. */
	columns: string[];
	row: (d: RadarDatum) => ComponentChildren;
}) {
	return (
		<table class="zz-table" {...{ [props.marker]: true }}>
			<caption>{props.caption}</caption>
			<thead>
				<tr>
					<th scope="col">{t('progress.me.masteryPower')}</th>
					{props.columns.map((c) => (
						<th scope="col" key={c}>
							{c}
						</th>
					))}
				</tr>
			</thead>
			<tbody>
				{props.data.map((d) => (
					<tr key={d.label}>
						<th scope="row">{d.label}</th>
						{props.row(d)}
					</tr>
				))}
			</tbody>
		</table>
	);
}

export function Radar({ data }: { data: RadarDatum[] }) {
	const n = data.length;
	return (
		<div>
			<svg
				class="zz-radar"
				viewBox="0 0 400 290"
				role="img"
				aria-labelledby="zz-radar-title"
				data-radar
			>
				<title id="zz-radar-title">{t('progress.me.radarLabel')}</title>
				{gridRings(FRAME, n, [0.25, 0.5, 0.75, 1]).map((points) => (
					<polygon class="grid" points={points} key={points} />
				))}
				{data.map((_, i) => {
					const end = pointOnAxis(FRAME, i, n, 1);
					return <line class="axis" key={i} x1={FRAME.cx} y1={FRAME.cy} x2={end.x} y2={end.y} />;
				})}
				<polygon
					class="value"
					points={outline(data.map((d) => d.value))}
					data-values={data.map((d) => d.value.toFixed(2)).join(',')}
				/>
				{LEVELS.map((level) => (
					<polygon
						class={`value-${level}`}
						key={level}
						points={outline(data.map((d) => d[level].value))}
					/>
				))}
				{data.map((d, i) => {
					const p = pointOnAxis(FRAME, i, n, d.value);
					return <circle class="dot" key={d.label} cx={p.x} cy={p.y} r="3" />;
				})}
				{data.map((d, i) => {
					const a = labelAnchor(FRAME, i, n, 14);
					return (
						<text key={d.label} x={a.x} y={a.y} text-anchor={a.anchor} dominant-baseline="middle">
							{d.label}
						</text>
					);
				})}
			</svg>
			<ul class="zz-radar-legend" aria-hidden="true">
				<li class="overall">{t('progress.me.masteryValue')}</li>
				<li class="recall">{t('progress.me.levelRecall')}</li>
				<li class="applied">{t('progress.me.levelApplied')}</li>
			</ul>
			<PowerTable
				data={data}
				marker="data-mastery-table"
				caption={t('progress.me.masteryTableCaption')}
				columns={[t('progress.me.masteryValue'), t('progress.me.masteryAnswered')]}
				row={(d) => (
					<>
						<td>{percent(d.value)}</td>
						<td>{d.answered}</td>
					</>
				)}
			/>
			<PowerTable
				data={data}
				marker="data-level-table"
				caption={t('progress.me.levelTableCaption')}
				columns={[t('progress.me.levelRecallCol'), t('progress.me.levelAppliedCol')]}
				row={(d) =>
					LEVELS.map((level) => (
						<td data-level-part={level} key={level}>
							{t('progress.me.levelCell', {
								value: percent(d[level].value),
								n: d[level].answered,
							})}
						</td>
					))
				}
			/>
		</div>
	);
}
