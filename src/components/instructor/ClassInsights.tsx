/**
 * The top of 班级汇总: who needs help, the class's ten most-missed questions (with their 原文
 * paragraph), a one-click follow-up paper of them, and the learner × capacity mastery grid (each cell
 * a number and a word, so neither print nor a screen reader depends on colour).
 * Logic lives in src/instructor/class-insights.ts; this component renders.
 */
import { useState } from 'preact/hooks';
import { CAPACITY_IDS, POWERS } from '../../article/powers';
import viewDict from '../../i18n/zh-CN/classview.json';
import { makeT } from '../../i18n/translate';
import {
	followUpPaper,
	masteryBand,
	type Attention,
	type MissedQuestion,
} from '../../instructor/class-insights';
import type { LearnerRow } from '../../instructor/class-summary';
import { encodePaper } from '../../instructor/codec';
import type { Question } from '../../schemas/question';
import { sourceLink, withBase } from '../../site/paths';
import { copyText } from './copy-text';

const t = makeT(viewDict);

/** Short enough for a table cell: the stem's first 60 characters. */
const shortStem = (stem: string) => (stem.length > 60 ? `${stem.slice(0, 60)}…` : stem);

function NameList({
	title,
	rows,
	classSize,
}: {
	title: string;
	rows: readonly LearnerRow[];
	classSize: number;
}) {
	// The whole class (a due date just passed, say): 40 names say less than 「全班」.
	const text =
		rows.length === 0
			? t('classview.nobody')
			: rows.length === classSize && classSize > 3
				? t('classview.everyone', { n: classSize })
				: rows.map((r) => `${r.receipt.name}（${r.receipt.unit}）`).join('、');
	return (
		<div class="zz-attention-group">
			<h3>{title}</h3>
			<p>{text}</p>
		</div>
	);
}

function MissedRow({
	m,
	question,
	bankFailed,
}: {
	m: MissedQuestion;
	question: Question | null | undefined;
	bankFailed: boolean;
}) {
	const p = question ? question.source.p : null;
	return (
		<tr data-question={m.id}>
			<td>
				{question
					? shortStem(question.stem)
					: question === null
						? t('classview.questionGone', { id: m.id })
						: bankFailed
							? t('classview.bankFailed', { id: m.id })
							: t('classview.questionLoading')}
			</td>
			<td class="zz-num">{t('classview.missedCount', { n: m.count })}</td>
			<td>
				{p !== null && <a href={sourceLink(p)}>{t('classview.paragraph', { n: p.slice(1) })}</a>}
			</td>
		</tr>
	);
}

export function ClassInsights({
	rows,
	attention,
	dueKnown,
	top,
	reporting,
	bank,
	bankFailed,
	className,
}: {
	rows: readonly LearnerRow[];
	attention: Attention;
	dueKnown: boolean;
	top: readonly MissedQuestion[];
	reporting: number;
	/** Questions by id once the bank is loaded (null: the id is not in the bank); undefined while loading. */
	bank: ReadonlyMap<string, Question | null> | undefined;
	bankFailed: boolean;
	className: string;
}) {
	const [link, setLink] = useState('');
	const [copied, setCopied] = useState('');
	const older = rows.length - reporting;

	function buildFollowUp() {
		const spec = followUpPaper(top, t('classview.followUpTitle', { className }).slice(0, 40));
		if (!spec) return;
		setCopied('');
		setLink(`${location.origin}${withBase('/paper/')}#${encodePaper(spec)}`);
	}
	async function copy() {
		const ok = await copyText(link, document.getElementById('zz-followup-link'));
		setCopied(t(ok ? 'classview.copied' : 'classview.copyFailed'));
	}

	return (
		<>
			<section aria-labelledby="zz-attention-h" class="zz-attention">
				<h2 id="zz-attention-h">{t('classview.attention')}</h2>
				<NameList
					title={t('classview.notStarted', { n: attention.notStarted.length })}
					rows={attention.notStarted}
					classSize={rows.length}
				/>
				{dueKnown ? (
					<NameList
						title={t('classview.overdue', { n: attention.overdue.length })}
						rows={attention.overdue}
						classSize={rows.length}
					/>
				) : (
					<p class="zz-muted">{t('classview.noDue')}</p>
				)}
				<NameList
					title={t('classview.failed', { n: attention.failed.length })}
					rows={attention.failed}
					classSize={rows.length}
				/>
			</section>

			<div class="zz-missed">
				<h2 id="zz-missed-h">{t('classview.missedHeading')}</h2>
				{reporting === 0 ? (
					<p>{t('classview.missedNoData')}</p>
				) : (
					<>
						<p class="zz-muted">
							{t('classview.missedBasis', { n: reporting })}
							{older > 0 && t('classview.missedOld', { n: older })}
						</p>
						{top.length === 0 ? (
							<p>{t('classview.missedNone')}</p>
						) : (
							<div
								class="zz-table-wrap"
								tabIndex={0}
								role="region"
								aria-label={t('classview.missedHeading')}
							>
								<table class="zz-table zz-missed-table" data-testid="top-missed">
									<thead>
										<tr>
											<th scope="col">{t('classview.col.question')}</th>
											<th scope="col">{t('classview.col.missedBy')}</th>
											<th scope="col">{t('classview.col.source')}</th>
										</tr>
									</thead>
									<tbody>
										{top.map((m) => (
											<MissedRow
												key={m.id}
												m={m}
												question={bank?.get(m.id)}
												bankFailed={bankFailed}
											/>
										))}
									</tbody>
								</table>
							</div>
						)}
						{top.length > 0 && (
							<div class="zz-followup zz-noprint">
								<button type="button" class="zz-button primary" onClick={buildFollowUp}>
									{t('classview.followUp')}
								</button>
								{link && (
									<div class="zz-followup-out">
										<p role="status">{t('classview.followUpReady', { n: top.length })}</p>
										<label for="zz-followup-link">{t('classview.followUpLink')}</label>
										<input
											id="zz-followup-link"
											class="zz-code"
											readOnly
											value={link}
											onFocus={(e) => e.currentTarget.select()}
										/>
										<div class="zz-actions">
											<button type="button" class="zz-button" onClick={() => void copy()}>
												{t('classview.copy')}
											</button>
											<a class="zz-button" href={link} target="_blank" rel="noopener">
												{t('classview.followUpOpen')}
											</a>
										</div>
										<p class="zz-muted" aria-live="polite">
											{copied}
										</p>
									</div>
								)}
							</div>
						)}
					</>
				)}
			</div>

			<div class="zz-grid">
				<h2 id="zz-grid-h">{t('classview.gridHeading')}</h2>
				<p class="zz-muted">{t('classview.gridLegend')}</p>
				<div class="zz-table-wrap" tabIndex={0} role="region" aria-labelledby="zz-grid-h">
					<table class="zz-table zz-grid-table" data-testid="mastery-grid">
						<thead>
							<tr>
								<th scope="col">{t('classview.col.name')}</th>
								{CAPACITY_IDS.map((c) => (
									<th key={c} scope="col">
										{POWERS[c].name}
									</th>
								))}
							</tr>
						</thead>
						<tbody>
							{rows.map((row) => (
								<tr key={row.key}>
									<th scope="row" class="zz-sticky">
										{row.receipt.name}
									</th>
									{CAPACITY_IDS.map((c) => {
										const v = row.receipt.mastery[c];
										const band = masteryBand(v);
										return (
											<td key={c} class={`zz-band zz-band-${band}`}>
												{v !== null && <span class="zz-band-num">{v}</span>}
												<span class="zz-band-word">{t(`classview.band.${band}`)}</span>
											</td>
										);
									})}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			</div>
		</>
	);
}
