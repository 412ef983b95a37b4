/**
 * 学习回执 for one accepted assignment: name and unit → a checksummed receipt code and its QR code.
 * Says plainly that a receipt is self-reported. Stores nothing.
 */
import { useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import type { AcceptedAssignment } from '../../instructor/assignment-repo';
import { encodeReceipt, isCleanLine, LIMITS } from '../../instructor/codec';
import { buildReceipt, type ProgressSnapshot } from '../../instructor/status';
import { QrCode } from './QrCode';
import { formText } from './form-text';

const t = makeT(dict);

export default function ReceiptForm({
	entry,
	snapshot,
}: {
	entry: AcceptedAssignment;
	snapshot: ProgressSnapshot;
}) {
	const id = entry.assignment.id;
	const [error, setError] = useState('');
	const [code, setCode] = useState('');
	const [copied, setCopied] = useState('');

	function create(event: SubmitEvent) {
		event.preventDefault();
		setCopied('');
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const name = formText(form, 'name');
		const unit = formText(form, 'unit');
		if (!isCleanLine(name, LIMITS.name))
			return setError(t('instructor.receipt.errorName', { max: LIMITS.name }));
		if (!isCleanLine(unit, LIMITS.unit))
			return setError(t('instructor.receipt.errorUnit', { max: LIMITS.unit }));
		setError('');
		setCode(
			encodeReceipt(
				buildReceipt({
					assignment: entry.assignment,
					acceptedAt: entry.acceptedAt,
					snapshot,
					name,
					unit,
					now: Date.now(),
				}),
			),
		);
	}

	async function copy() {
		try {
			await navigator.clipboard.writeText(code);
			setCopied(t('instructor.builder.copied'));
		} catch {
			setCopied(t('instructor.builder.copyFailed'));
		}
	}

	return (
		<section class="zz-receipt" aria-labelledby={`zz-r-${id}`}>
			<h4 id={`zz-r-${id}`}>{t('instructor.receipt.heading')}</h4>
			<p>{t('instructor.receipt.intro')}</p>
			<p class="zz-warning">{t('instructor.receipt.selfReported')}</p>
			<form class="zz-form" onSubmit={create} noValidate>
				<div class="zz-row">
					<div class="zz-field">
						<label for={`zz-rn-${id}`}>{t('instructor.receipt.name')}</label>
						<input
							id={`zz-rn-${id}`}
							type="text"
							autoComplete="name"
							maxLength={LIMITS.name}
							name="name"
						/>
					</div>
					<div class="zz-field">
						<label for={`zz-ru-${id}`}>{t('instructor.receipt.unit')}</label>
						<input
							id={`zz-ru-${id}`}
							type="text"
							autoComplete="organization"
							maxLength={LIMITS.unit}
							name="unit"
						/>
					</div>
				</div>
				<p class="zz-error" role="alert">
					{error}
				</p>
				<button type="submit" class="zz-button primary">
					{t('instructor.receipt.create')}
				</button>
			</form>
			{code && (
				<div class="zz-receipt-out">
					<label for={`zz-rc-${id}`}>{t('instructor.receipt.code')}</label>
					<textarea id={`zz-rc-${id}`} class="zz-code" readOnly rows={4} value={code} />
					<p class="zz-muted">{t('instructor.receipt.checksumNote')}</p>
					<div class="zz-actions">
						<button type="button" class="zz-button" onClick={() => void copy()}>
							{t('instructor.receipt.copy')}
						</button>
					</div>
					<p role="status" class="zz-muted">
						{copied}
					</p>
					<QrCode text={code} label={t('instructor.receipt.qr')} />
				</div>
			)}
		</section>
	);
}
