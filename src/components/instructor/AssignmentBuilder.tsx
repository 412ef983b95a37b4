/**
 * The assignment builder (教员专区): choose items, pass mark, due date, class name and note → a link
 * (payload in the fragment, src/instructor/codec.ts), a QR code and a printable task sheet.
 * Renders and calls modules only; writes nothing to storage.
 */
import { useMemo, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import type { CatalogItem } from '../../instructor/catalog';
import {
	encodeAssignment,
	isCleanLine,
	isCleanNote,
	receiptFits,
	LIMITS,
	newAssignmentId,
	type Assignment,
} from '../../instructor/codec';
import { splitRef, type ItemKind } from '../../instructor/items';
import { QrCode } from './QrCode';
import { itemTitle } from './item-title';
import { PassMarkField } from './PassMarkField';
import { formText, formTexts, parsePassMark } from './form-text';

const t = makeT(dict);
const KINDS: { kind: ItemKind; label: keyof typeof dict }[] = [
	{ kind: 'lesson', label: 'instructor.builder.lessons' },
	{ kind: 'quiz', label: 'instructor.builder.quizzes' },
	{ kind: 'case', label: 'instructor.builder.cases' },
];

/** Up to this many items print in one column; more print in two, so the sheet stays one A4 page. */
const SHEET_ONE_COLUMN = 10;

interface Props {
	catalog: CatalogItem[];
	/** Absolute path of the learner page, with the base (e.g. `/xuexi/assignment/`). */
	assignmentPath: string;
}

export default function AssignmentBuilder({ catalog, assignmentPath }: Props) {
	const [error, setError] = useState('');
	const [made, setMade] = useState<{ assignment: Assignment; url: string } | null>(null);
	const [copyState, setCopyState] = useState('');
	const byRef = useMemo(() => new Map(catalog.map((c) => [c.ref, c])), [catalog]);

	// Fields are uncontrolled and read from the form on submit, so whatever a learner typed before the
	// island hydrated (slow connections) is kept.
	function create(event: SubmitEvent) {
		event.preventDefault();
		setCopyState('');
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const field = (name: string) => formText(form, name);
		const chosen = new Set(formTexts(form, 'item'));
		const className = field('className');
		const due = field('due');
		const note = field('note');
		const mark = parsePassMark(field('passMark'));
		if (chosen.size === 0) return setError(t('instructor.builder.errorNoItems'));
		if (!isCleanLine(className, LIMITS.className))
			return setError(t('instructor.builder.errorClassName', { max: LIMITS.className }));
		if (mark === null) return setError(t('instructor.builder.errorPassMark'));
		if (!isCleanNote(note, LIMITS.note))
			return setError(t('instructor.builder.errorNote', { max: LIMITS.note }));
		const assignment: Assignment = {
			id: newAssignmentId(),
			className: className.trim(),
			note: note.trim(),
			due: due || null,
			passMark: mark,
			// Keep the catalog's order, whatever order the boxes were ticked in.
			items: catalog.map((c) => c.ref).filter((r) => chosen.has(r)),
			createdAt: Date.now(),
		};
		if (!receiptFits(assignment)) return setError(t('instructor.builder.errorReceiptTooLong'));
		setError('');
		const url = `${location.origin}${assignmentPath}#${encodeAssignment(assignment)}`;
		setMade({ assignment, url });
	}

	async function copy() {
		if (!made) return;
		try {
			await navigator.clipboard.writeText(made.url);
			setCopyState(t('instructor.builder.copied'));
		} catch {
			setCopyState(t('instructor.builder.copyFailed'));
		}
	}

	return (
		<div class="zz-builder">
			<form class="zz-form zz-noprint" onSubmit={create} noValidate>
				{KINDS.map(({ kind, label }) => {
					const items = catalog.filter((c) => c.kind === kind);
					return (
						<fieldset key={kind} class="zz-fieldset">
							<legend>{t(label)}</legend>
							{items.length === 0 ? (
								<p class="zz-muted">{t('instructor.builder.noneAvailable')}</p>
							) : (
								<ul class="zz-checklist">
									{items.map((item) => (
										<li key={item.ref}>
											<label class="zz-check">
												<input type="checkbox" name="item" value={item.ref} />
												<span>{item.title}</span>
											</label>
										</li>
									))}
								</ul>
							)}
						</fieldset>
					);
				})}
				<div class="zz-field">
					<label for="zz-class">{t('instructor.builder.className')}</label>
					<input
						id="zz-class"
						type="text"
						required
						maxLength={LIMITS.className}
						name="className"
						aria-describedby="zz-class-hint"
					/>
					<small id="zz-class-hint">
						{t('instructor.builder.classNameHint', { max: LIMITS.className })}
					</small>
				</div>
				<div class="zz-row">
					<PassMarkField id="zz-pass" label={t('instructor.builder.passMark')} defaultValue="60" />
					<div class="zz-field">
						<label for="zz-due">{t('instructor.builder.due')}</label>
						<input id="zz-due" type="date" name="due" />
					</div>
				</div>
				<div class="zz-field">
					<label for="zz-note">{t('instructor.builder.note', { max: LIMITS.note })}</label>
					<textarea id="zz-note" rows={3} maxLength={LIMITS.note} name="note" />
				</div>
				<p class="zz-error" role="alert">
					{error}
				</p>
				<button type="submit" class="zz-button primary">
					{t('instructor.builder.create')}
				</button>
			</form>

			{made && (
				<section class="zz-result" aria-labelledby="zz-result-h">
					<h2 id="zz-result-h" class="zz-noprint">
						{t('instructor.builder.result')}
					</h2>
					<div class="zz-noprint">
						<label for="zz-link">{t('instructor.builder.link')}</label>
						<textarea id="zz-link" class="zz-code" readOnly rows={3} value={made.url} />
						<p class="zz-muted">{t('instructor.builder.size', { n: made.url.length })}</p>
						<div class="zz-actions">
							<button type="button" class="zz-button" onClick={() => void copy()}>
								{t('instructor.builder.copy')}
							</button>
							<button type="button" class="zz-button" onClick={() => window.print()}>
								{t('instructor.builder.print')}
							</button>
						</div>
						<p role="status" class="zz-muted">
							{copyState}
						</p>
					</div>
					<article class="zz-sheet" aria-label={t('instructor.sheet.title')}>
						<h2 class="zz-sheet-title">{t('instructor.sheet.title')}</h2>
						<p>{t('instructor.sheet.class', { name: made.assignment.className })}</p>
						<p>
							{made.assignment.due
								? t('instructor.sheet.due', { date: made.assignment.due })
								: t('instructor.sheet.noDue')}
						</p>
						<p>{t('instructor.sheet.passMark', { n: made.assignment.passMark })}</p>
						{made.assignment.note && <p class="zz-note">{made.assignment.note}</p>}
						<h3>{t('instructor.sheet.items')}</h3>
						<ol
							class={made.assignment.items.length > SHEET_ONE_COLUMN ? 'zz-sheet-many' : undefined}
						>
							{made.assignment.items.map((ref) => (
								<li key={ref}>
									{t('instructor.sheet.item', {
										kind: t(`instructor.kind.${splitRef(ref).kind}`),
										title: itemTitle(ref, byRef, t),
									})}
								</li>
							))}
						</ol>
						<div class="zz-sheet-qr">
							<QrCode text={made.url} label={t('instructor.builder.qr')} />
							<p>{t('instructor.sheet.howTo')}</p>
						</div>
						<p class="zz-code zz-print-only">{made.url}</p>
					</article>
				</section>
			)}
		</div>
	);
}
