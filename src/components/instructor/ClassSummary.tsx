/**
 * 班级汇总: the instructor's saved classes (several, named by class and assignment, kept in this
 * browser) → paste receipt codes (or load a .txt file) into one over days → who needs help, the class's
 * most-missed questions with a one-click follow-up paper, the learner × capacity grid, and the sortable
 * table (CSV export, landscape print, 移除 per learner); export/import a class file.
 * Logic lives in src/instructor/ (class-summary.ts, class-insights.ts, class-store.ts, csv.ts); this
 * component holds the page state and calls them. The table and the insights are ClassTable and
 * ClassInsights.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CAPACITY_IDS, POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import viewDict from '../../i18n/zh-CN/classview.json';
import { makeT } from '../../i18n/translate';
import type { CatalogItem } from '../../instructor/catalog';
import { readClassForm } from '../../instructor/class-form';
import { attentionOf, topMissed } from '../../instructor/class-insights';
import {
	addClass,
	classFile,
	EMPTY_BOOK,
	MAX_CLASS_FILE_BYTES,
	NAME_LIMITS,
	openShelf,
	parseClassFile,
	removeClass,
	updateClass,
	type BookNotice,
	type ClassBook,
	type ClassShelf,
} from '../../instructor/class-store';
import {
	classTableRows,
	sortRows,
	summariseReceipts,
	type ClassSummary as Summary,
	type CsvLabels,
	type LearnerRow,
} from '../../instructor/class-summary';
import { decodeAssignment } from '../../instructor/codec';
import { toCsv } from '../../instructor/csv';
import { localDate } from '../../instructor/next-due';
import { downloadText } from '../../progress/download';
import { fetchBank } from '../../quiz/bank-client';
import type { Question } from '../../schemas/question';
import { ClassInsights } from './ClassInsights';
import { ClassTable, type Sort } from './ClassTable';
import { failureText } from './failure-text';
import { itemTitle } from './item-title';
import { formText } from './form-text';
import { PassMarkField } from './PassMarkField';

const t = makeT(dict, viewDict);
/** Receipt files larger than this are refused (a class of 300 receipts is about 100 KB). */
const MAX_FILE_BYTES = 2_000_000;
const timeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'short', timeStyle: 'short' });
const NEW = 'new';

/** A file name made from a class name (characters file systems refuse become _). */
const fileSafe = (name: string) => name.replace(/[\\/:*?"<>|\s]+/gu, '_');

type BankState =
	{ state: 'idle' | 'loading' | 'failed' } | { state: 'ready'; byId: Map<string, Question> };

export default function ClassSummary({ catalog }: { catalog: CatalogItem[] }) {
	const byRef = useMemo(() => new Map(catalog.map((c) => [c.ref, c])), [catalog]);
	const pasteRef = useRef<HTMLTextAreaElement>(null);
	const shelf = useRef<ClassShelf | null>(null);
	const [book, setBook] = useState<ClassBook>(EMPTY_BOOK);
	const [notice, setNotice] = useState<BookNotice>('ok');
	const [currentId, setCurrentId] = useState(NEW);
	const [report, setReport] = useState<Summary | null>(null);
	const [sort, setSort] = useState<Sort>(null);
	const [error, setError] = useState('');
	const [message, setMessage] = useState('');
	const [confirmDelete, setConfirmDelete] = useState(false);
	const [today, setToday] = useState('');
	const [bank, setBank] = useState<BankState>({ state: 'idle' });

	// Storage is read after hydration (never during render); the most recently changed class opens.
	useEffect(() => {
		if (shelf.current) return; // a summary made before this ran opened it already
		const opened = openShelf();
		shelf.current = opened;
		setBook(opened.book);
		setNotice(opened.notice);
		const latest = [...opened.book.classes].sort((a, b) => b.updatedAt - a.updatedAt)[0];
		if (latest) setCurrentId(latest.id);
		setToday(localDate());
	}, []);

	const current = book.classes.find((c) => c.id === currentId) ?? null;
	const assignment = useMemo(() => {
		if (!current?.assignmentCode) return null;
		const decoded = decodeAssignment(current.assignmentCode);
		return decoded.ok ? decoded.value : null;
	}, [current?.assignmentCode]);
	const summary = useMemo(
		() => (current ? summariseReceipts(current.codes.join('\n'), current.passMark) : null),
		[current],
	);
	const rows = useMemo(
		() => (summary ? (sort ? sortRows(summary.rows, sort.key, sort.dir) : summary.rows) : []),
		[summary, sort],
	);
	const insights = useMemo(() => {
		if (!summary || !current) return null;
		return {
			attention: attentionOf(summary.rows, {
				due: assignment?.due ?? null,
				today,
				passMark: current.passMark,
			}),
			...topMissed(summary.rows),
		};
	}, [summary, current, assignment, today]);

	// The question texts for 全班易错题 come from the bank file, once, when there is something to show.
	const needBank = (insights?.top.length ?? 0) > 0 && bank.state === 'idle';
	useEffect(() => {
		if (!needBank) return;
		setBank({ state: 'loading' });
		fetchBank().then(
			(qs) => setBank({ state: 'ready', byId: new Map(qs.map((q) => [q.id, q])) }),
			() => setBank({ state: 'failed' }),
		);
	}, [needBank]);
	const questionMap = useMemo(() => {
		if (bank.state !== 'ready' || !insights) return undefined;
		return new Map(insights.top.map((m) => [m.id, bank.byId.get(m.id) ?? null]));
	}, [bank, insights]);

	function commit(next: ClassBook) {
		setBook(next);
		shelf.current ??= openShelf();
		setNotice(shelf.current.save(next));
		setToday(localDate());
	}

	function choose(id: string) {
		setCurrentId(id);
		setReport(null);
		setSort(null);
		setMessage('');
		setError('');
		setConfirmDelete(false);
	}

	// Read from the form on submit (uncontrolled fields keep what was typed or pasted before hydration).
	function summarise(event: SubmitEvent) {
		event.preventDefault();
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const read = readClassForm(
			{
				codes: formText(form, 'codes'),
				passMark: formText(form, 'passMark'),
				assignmentLink: formText(form, 'assignmentLink'),
				className: formText(form, 'className'),
				assignmentName: formText(form, 'assignmentName'),
			},
			current,
			t('classview.defaultClassName'),
		);
		if (!read.ok) {
			if (read.problem === 'passMark') return setError(t('instructor.class.errorPassMark'));
			if (read.problem === 'className')
				return setError(t('classview.errorClassName', { max: NAME_LIMITS.className }));
			if (read.problem === 'assignmentName')
				return setError(t('classview.errorAssignmentName', { max: NAME_LIMITS.assignmentName }));
			return setError(
				t('classview.errorAssignmentLink', { reason: failureText(read.reason, read.field) }),
			);
		}
		setError('');
		setConfirmDelete(false);
		// Before the mount effect ran, the stored classes are read here, so none is overwritten.
		const base = shelf.current ? book : (shelf.current = openShelf()).book;
		const now = Date.now();
		if (current) commit(updateClass(base, current.id, read.fields, now));
		else {
			const added = addClass(base, read.fields, now);
			commit(added.book);
			setCurrentId(added.id);
		}
		setReport(read.pasted);
		setMessage('');
		if (pasteRef.current) pasteRef.current.value = '';
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

	async function importClass(event: Event) {
		const input = event.currentTarget as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		const parsed =
			file.size > MAX_CLASS_FILE_BYTES
				? ({ ok: false, reason: 'too-big' } as const)
				: parseClassFile(await file.text());
		if (!parsed.ok) {
			setMessage('');
			return setError(t(`classview.import.${parsed.reason}`));
		}
		setError('');
		const added = addClass(book, parsed.value, Date.now());
		commit(added.book);
		choose(added.id);
		setMessage(
			t('classview.imported', {
				className: parsed.value.className,
				n: summariseReceipts(parsed.value.codes.join('\n')).rows.length,
			}),
		);
	}

	function removeLearner(row: LearnerRow) {
		if (!current) return;
		commit(
			updateClass(
				book,
				current.id,
				{ codes: current.codes.filter((c) => c !== row.code) },
				Date.now(),
			),
		);
		setMessage(t('classview.removed', { name: row.receipt.name }));
	}

	function deleteClass() {
		if (!current) return;
		const next = removeClass(book, current.id);
		commit(next);
		const name = current.className;
		choose(next.classes.at(-1)?.id ?? NEW);
		setMessage(t('classview.deleted', { className: name }));
	}

	const labels: CsvLabels = {
		name: t('instructor.class.col.name'),
		unit: t('instructor.class.col.unit'),
		className: t('classview.col.className'),
		assignmentName: t('classview.col.assignmentName'),
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
		if (!summary || !current) return;
		const names = { className: current.className, assignmentName: current.assignmentName };
		downloadText(
			t('classview.csvFileName', { className: fileSafe(current.className) }),
			toCsv(classTableRows(summary, rows, labels, names)),
			'text/csv;charset=utf-8',
		);
	}

	const problems = report ?? summary;
	const optionText = (c: ClassBook['classes'][number]) => {
		// A class keeps one code per learner: no decoding just to label the picker.
		const n = c.codes.length;
		return c.assignmentName
			? t('classview.option', { className: c.className, assignmentName: c.assignmentName, n })
			: t('classview.optionNoAssignment', { className: c.className, n });
	};

	return (
		<div class="zz-class">
			{notice !== 'ok' && (
				<p class="zz-warning zz-noprint" role="alert">
					{t(`classview.notice.${notice}`)}
				</p>
			)}
			<div class="zz-class-bar zz-noprint">
				<div class="zz-field">
					<label for="zz-class-pick">{t('classview.picker')}</label>
					<select
						id="zz-class-pick"
						value={currentId}
						onChange={(e) => choose(e.currentTarget.value)}
					>
						{book.classes.map((c) => (
							<option key={c.id} value={c.id}>
								{optionText(c)}
							</option>
						))}
						<option value={NEW}>{t('classview.newClass')}</option>
					</select>
				</div>
				<div class="zz-field">
					<label for="zz-class-import">{t('classview.importClass')}</label>
					<input
						id="zz-class-import"
						type="file"
						accept=".json,application/json"
						onChange={(e) => void importClass(e)}
					/>
				</div>
			</div>

			<form key={currentId} class="zz-form zz-noprint" onSubmit={summarise} noValidate>
				<p>{t('instructor.class.intro')}</p>
				<div class="zz-row">
					<div class="zz-field">
						<label for="zz-cname">{t('classview.className')}</label>
						<input
							id="zz-cname"
							name="className"
							type="text"
							maxLength={NAME_LIMITS.className}
							defaultValue={current?.className ?? ''}
						/>
					</div>
					<div class="zz-field">
						<label for="zz-aname">{t('classview.assignmentName')}</label>
						<input
							id="zz-aname"
							name="assignmentName"
							type="text"
							maxLength={NAME_LIMITS.assignmentName}
							defaultValue={current?.assignmentName ?? ''}
						/>
					</div>
				</div>
				<div class="zz-field">
					<label for="zz-alink">{t('classview.assignmentLink')}</label>
					<input
						id="zz-alink"
						name="assignmentLink"
						type="url"
						class="zz-code"
						spellcheck={false}
					/>
				</div>
				<div class="zz-field">
					<label for="zz-paste">{t('instructor.class.paste')}</label>
					<textarea
						id="zz-paste"
						class="zz-code"
						rows={6}
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
					<PassMarkField
						id="zz-cpass"
						label={t('instructor.class.passMark')}
						defaultValue={current?.passMark === null || !current ? '' : String(current.passMark)}
					/>
				</div>
				{error && (
					<p class="zz-error" role="alert">
						{error}
					</p>
				)}
				<button type="submit" class="zz-button primary">
					{t('instructor.class.summarise')}
				</button>
				<p class="zz-muted">{t('classview.addHint')}</p>
				<p class="zz-muted">{t('instructor.class.selfReported')}</p>
			</form>
			{message && (
				<p role="status" class="zz-noprint">
					{message}
				</p>
			)}

			{current && summary && insights && (
				<div class="zz-class-result zz-class-print">
					<h2 class="zz-class-title">
						{t('classview.printTitle', { className: current.className })}
					</h2>
					<p class="zz-class-meta">
						{current.assignmentName && (
							<span>
								{t('classview.headingAssignment', { assignmentName: current.assignmentName })}
							</span>
						)}
						{assignment?.due && <span>{t('classview.headingDue', { due: assignment.due })}</span>}
						<span>{t('classview.classSize', { n: summary.rows.length })}</span>
					</p>
					{report && (
						<p role="status" class="zz-noprint">
							{t('instructor.class.counts', {
								valid: report.rows.length,
								invalid: report.invalid.length,
								duplicates: report.duplicates.length,
							})}
						</p>
					)}
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
						<button
							type="button"
							class="zz-button"
							onClick={() =>
								downloadText(
									t('classview.classFileName', { className: fileSafe(current.className) }),
									classFile(current),
								)
							}
						>
							{t('classview.exportClass')}
						</button>
						{confirmDelete ? (
							<span class="zz-confirm">
								<span>{t('classview.deleteConfirm', { className: current.className })}</span>
								<button type="button" class="zz-button danger" onClick={deleteClass}>
									{t('classview.deleteYes')}
								</button>
								<button type="button" class="zz-button" onClick={() => setConfirmDelete(false)}>
									{t('classview.cancel')}
								</button>
							</span>
						) : (
							<button type="button" class="zz-button" onClick={() => setConfirmDelete(true)}>
								{t('classview.deleteClass')}
							</button>
						)}
					</div>

					{summary.rows.length > 0 && (
						<ClassInsights
							rows={summary.rows}
							attention={insights.attention}
							dueKnown={Boolean(assignment?.due)}
							top={insights.top}
							reporting={insights.reporting}
							bank={questionMap}
							bankFailed={bank.state === 'failed'}
							className={current.className}
						/>
					)}

					<h2 id="zz-table-h">{t('instructor.class.table')}</h2>
					{summary.rows.length === 0 ? (
						<p>{t('instructor.class.empty')}</p>
					) : (
						<ClassTable
							summary={summary}
							rows={rows}
							labels={labels}
							sort={sort}
							onSort={setSort}
							onRemove={removeLearner}
						/>
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

					{problems && problems.invalid.length > 0 && (
						<div class="zz-noprint">
							<h2>{t('instructor.class.invalidList')}</h2>
							<ul class="zz-problems" data-testid="invalid-codes">
								{problems.invalid.map((i, n) => (
									<li key={n}>
										{t('instructor.class.invalidItem', {
											line: i.line,
											excerpt: i.excerpt,
											reason: failureText(i.reason, i.field),
										})}
									</li>
								))}
							</ul>
						</div>
					)}
					{problems && problems.duplicates.length > 0 && (
						<div class="zz-noprint">
							<h2>{t('instructor.class.duplicateList')}</h2>
							<ul class="zz-problems" data-testid="duplicates">
								{problems.duplicates.map((d, n) => (
									<li key={n}>
										{t(`instructor.class.duplicate.${d.reason}`, {
											line: d.line,
											name: d.name,
											unit: d.unit,
										})}
									</li>
								))}
							</ul>
						</div>
					)}
				</div>
			)}
		</div>
	);
}
