/**
 * 我的学习 › 数据: export, import (validated, merged), reset with confirmation, and the font size.
 * Owns: the section's markup and messages. Must not: touch storage (src/progress/store.ts does).
 */
import { useState } from 'preact/hooks';
import type { TargetedEvent } from 'preact';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { downloadText } from '../../progress/download';
import { applyFontSize } from '../../progress/font-size';
import { FONT_SIZES, type FontSize } from '../../progress/schema';
import { exportProgress, importProgress, resetProgress, setFontSize } from '../../progress/store';

const t = makeT(dict);

export function DataTools({ fontSize }: { fontSize: FontSize }) {
	const [message, setMessage] = useState('');
	const [confirming, setConfirming] = useState(false);

	const onImport = async (event: TargetedEvent<HTMLInputElement>) => {
		const input = event.currentTarget;
		const file = input.files?.[0];
		if (!file) return;
		let text: string;
		try {
			text = await file.text();
		} catch {
			setMessage(t('progress.data.import.error.read'));
			return;
		}
		const result = importProgress(text);
		setMessage(
			result.ok ? t('progress.data.imported') : t(`progress.data.import.error.${result.error}`),
		);
		input.value = '';
	};

	return (
		<section aria-labelledby="data" class="zz-data">
			<h2 id="data">{t('progress.data.title')}</h2>
			<p>{t('progress.data.exportHint')}</p>
			<div class="zz-actions">
				<button
					type="button"
					class="zz-button primary"
					onClick={() => {
						const file = exportProgress();
						downloadText(file.fileName, file.text);
					}}
				>
					{t('progress.data.export')}
				</button>
				<label class="zz-file-label">
					<span>{t('progress.data.importLabel')}</span>
					<input
						type="file"
						accept="application/json,.json"
						onChange={(event) => void onImport(event)}
						data-import
					/>
				</label>
			</div>
			{confirming ? (
				<div class="zz-notice" role="alertdialog" aria-labelledby="zz-reset-q">
					<p id="zz-reset-q">{t('progress.data.resetConfirm')}</p>
					<div class="zz-actions">
						<button
							type="button"
							class="zz-button danger"
							onClick={() => {
								resetProgress();
								setConfirming(false);
								setMessage(t('progress.data.resetDone'));
							}}
						>
							{t('progress.data.resetYes')}
						</button>
						<button type="button" class="zz-button" onClick={() => setConfirming(false)} autoFocus>
							{t('progress.data.resetNo')}
						</button>
					</div>
				</div>
			) : (
				<p>
					<button type="button" class="zz-button danger" onClick={() => setConfirming(true)}>
						{t('progress.data.reset')}
					</button>
				</p>
			)}
			<p class="zz-message" role="status" aria-live="polite">
				{message}
			</p>
			<fieldset class="zz-radios">
				<legend>{t('progress.data.fontSize')}</legend>
				{FONT_SIZES.map((size) => (
					<label key={size}>
						<input
							type="radio"
							name="zz-font-size"
							value={size}
							checked={fontSize === size}
							onChange={() => {
								applyFontSize(size);
								setFontSize(size);
							}}
						/>
						{t(`progress.fontSize.${size}`)}
					</label>
				))}
			</fieldset>
			<p>{t('progress.data.fontSizeHint')}</p>
		</section>
	);
}
