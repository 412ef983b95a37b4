/**
 * Fallback question renderer for 错题本 retries (see ./retry-renderer.ts): the stem, a button that
 * reveals the reference answer and explanation, then "I was right" / "I was wrong" (self-assessed,
 * and it says so). Plain buttons and text: keyboard and screen-reader operable.
 */
import { useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import type { Question } from '../../schemas/question';
import type { RetryProps } from './retry-renderer';

const t = makeT(dict);

function referenceAnswer(q: Question): string[] {
	switch (q.type) {
		case 'single':
			return [q.options[q.answer]?.text ?? ''];
		case 'multiple':
			return q.answer.map((i) => q.options[i]?.text ?? '');
		case 'judge':
			return [q.answer ? t('progress.selfCheck.judgeTrue') : t('progress.selfCheck.judgeFalse')];
		case 'blank':
			return q.blanks.map((b) => b.accept[0] ?? '');
		case 'match':
			return q.pairs.map((p) => `${p.left} — ${p.right}`);
		case 'order':
			return [q.items.join(' → ')];
		case 'short':
			return q.answer ? [q.answer, ...q.points] : q.points;
	}
}

export function SelfCheck({ question, onResult }: RetryProps) {
	const [shown, setShown] = useState(false);
	const [recorded, setRecorded] = useState<boolean | null>(null);
	const report = (correct: boolean) => {
		setRecorded(correct);
		onResult({ correct, score: correct ? 1 : 0, selfAssessed: true });
	};
	return (
		<div class="zz-self-check" data-self-check>
			<fieldset>
				<legend>{t('progress.selfCheck.legend')}</legend>
				<p>{t('progress.selfCheck.note')}</p>
				{!shown ? (
					<button type="button" class="zz-button" onClick={() => setShown(true)}>
						{t('progress.selfCheck.show')}
					</button>
				) : (
					<div>
						<p>{t('progress.selfCheck.answer')}</p>
						<ul>
							{referenceAnswer(question).map((line) => (
								<li key={line}>{line}</li>
							))}
						</ul>
						<p>
							{t('progress.selfCheck.explanation')}
							{question.explanation}
						</p>
						{recorded === null ? (
							<div class="zz-actions">
								<button type="button" class="zz-button" onClick={() => report(true)}>
									{t('progress.selfCheck.right')}
								</button>
								<button type="button" class="zz-button" onClick={() => report(false)}>
									{t('progress.selfCheck.wrong')}
								</button>
							</div>
						) : null}
					</div>
				)}
				<p role="status" aria-live="polite">
					{recorded === null
						? ''
						: recorded
							? t('progress.selfCheck.recordedRight')
							: t('progress.selfCheck.recordedWrong')}
				</p>
			</fieldset>
		</div>
	);
}
