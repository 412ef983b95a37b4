/**
 * The answer controls of one question, per type, inside its own <fieldset>: radios, checkboxes,
 * text inputs, a <select> per match item, move-up/move-down buttons for order (no drag needed), and a
 * textarea plus self-assessment checkboxes for short answers.
 *
 * Owns: rendering a response and reporting changes. Must not: score (src/quiz/score.ts) or render any
 * text as HTML (every string is a text node).
 */
import type quizStrings from '../../i18n/zh-CN/quiz.json';
import type { Translator } from '../../i18n/translate';
import type { Question, QuestionOf } from '../../schemas/question';
import { BLANK_MARKER } from '../../schemas/question-types';
import { matchTargets, type QuestionLayout } from '../../quiz/layout';
import type { AnyResponse, ResponseOf } from '../../quiz/score';

export interface QuestionInputProps {
	question: Question;
	layout: QuestionLayout;
	response: AnyResponse;
	/** Unique prefix for ids and radio names. */
	uid: string;
	disabled: boolean;
	/** Short answers: whether the reference points are shown for ticking. */
	revealed: boolean;
	onChange: (response: AnyResponse) => void;
	onReveal: () => void;
	/** Announce a message in the quiz's live region (order moves). */
	announce: (message: string) => void;
	t: Translator<keyof typeof quizStrings>;
}

export function QuestionInput(props: QuestionInputProps) {
	const { question } = props;
	switch (question.type) {
		case 'single':
			return <SingleInput {...props} question={question} />;
		case 'multiple':
			return <MultipleInput {...props} question={question} />;
		case 'judge':
			return <JudgeInput {...props} question={question} />;
		case 'blank':
			return <BlankInput {...props} question={question} />;
		case 'match':
			return <MatchInput {...props} question={question} />;
		case 'order':
			return <OrderInput {...props} question={question} />;
		case 'short':
			return <ShortInput {...props} question={question} />;
	}
}

type Of<T extends Question['type']> = Omit<QuestionInputProps, 'question'> & {
	question: QuestionOf<T>;
};

function SingleInput({ question, layout, response, uid, disabled, onChange }: Of<'single'>) {
	const chosen = response as ResponseOf<'single'>;
	return (
		<div class="quiz-choices">
			{layout.options.map((index) => (
				<label class="quiz-choice" key={index}>
					<input
						type="radio"
						name={`${uid}-choice`}
						value={String(index)}
						checked={chosen === index}
						disabled={disabled}
						onChange={() => onChange(index)}
					/>
					<span>{question.options[index]!.text}</span>
				</label>
			))}
		</div>
	);
}

function MultipleInput({ question, layout, response, disabled, onChange }: Of<'multiple'>) {
	const chosen = response as ResponseOf<'multiple'>;
	return (
		<div class="quiz-choices">
			{layout.options.map((index) => (
				<label class="quiz-choice" key={index}>
					<input
						type="checkbox"
						value={String(index)}
						checked={chosen.includes(index)}
						disabled={disabled}
						onChange={(e) =>
							onChange(
								e.currentTarget.checked
									? [...chosen, index].sort((a, b) => a - b)
									: chosen.filter((i) => i !== index),
							)
						}
					/>
					<span>{question.options[index]!.text}</span>
				</label>
			))}
		</div>
	);
}

function JudgeInput({ response, uid, disabled, onChange, t }: Of<'judge'>) {
	const chosen = response as ResponseOf<'judge'>;
	return (
		<div class="quiz-choices quiz-choices-inline">
			{[true, false].map((value) => (
				<label class="quiz-choice" key={String(value)}>
					<input
						type="radio"
						name={`${uid}-judge`}
						value={String(value)}
						checked={chosen === value}
						disabled={disabled}
						onChange={() => onChange(value)}
					/>
					<span>{t(value ? 'quiz.judge.true' : 'quiz.judge.false')}</span>
				</label>
			))}
		</div>
	);
}

function BlankInput({ question, response, uid, disabled, onChange, t }: Of<'blank'>) {
	const typed = response as ResponseOf<'blank'>;
	return (
		<div class="quiz-blanks">
			{question.blanks.map((_, i) => (
				<label class="quiz-blank" key={i} for={`${uid}-blank-${i}`}>
					<span>{t('quiz.blankLabel', { n: i + 1 })}</span>
					<input
						id={`${uid}-blank-${i}`}
						type="text"
						autocomplete="off"
						spellcheck={false}
						value={typed[i] ?? ''}
						disabled={disabled}
						onInput={(e) => {
							const next = [...typed];
							next[i] = e.currentTarget.value;
							onChange(next);
						}}
					/>
				</label>
			))}
		</div>
	);
}

/** The stem of a blank question with each `___` shown as (1)____, (2)____ … */
export function blankStem(stem: string, t: QuestionInputProps['t']): string {
	let n = 0;
	return stem.split(BLANK_MARKER).reduce((out, part, i) => {
		if (i === 0) return part;
		n += 1;
		return out + t('quiz.blankShown', { n }) + part;
	}, '');
}

function MatchInput({ question, layout, response, uid, disabled, onChange, t }: Of<'match'>) {
	const chosen = response as ResponseOf<'match'>;
	const targets = matchTargets(question);
	return (
		<div class="quiz-match">
			<p class="quiz-hint">{t('quiz.matchHint')}</p>
			{question.pairs.map((pair, i) => (
				<div class="quiz-match-row" key={i}>
					<label for={`${uid}-match-${i}`}>{pair.left}</label>
					<select
						id={`${uid}-match-${i}`}
						value={String(chosen[i] ?? -1)}
						disabled={disabled}
						onChange={(e) => {
							const next = [...chosen];
							next[i] = Number(e.currentTarget.value);
							onChange(next);
						}}
					>
						<option value="-1">{t('quiz.matchChoose')}</option>
						{layout.targets.map((target) => (
							<option value={String(target)} key={target}>
								{targets[target]}
							</option>
						))}
					</select>
					{(chosen[i] ?? -1) >= 0 && (
						// A closed <select> cuts long options at 360 px: show the chosen one in full.
						<p class="quiz-match-chosen" aria-hidden="true">
							{targets[chosen[i]!]}
						</p>
					)}
				</div>
			))}
		</div>
	);
}

function OrderInput({ question, response, uid, disabled, onChange, announce, t }: Of<'order'>) {
	const sequence = response as ResponseOf<'order'>;
	const move = (from: number, to: number, direction: 'up' | 'down') => {
		const next = [...sequence];
		[next[from], next[to]] = [next[to]!, next[from]!];
		onChange(next);
		const item = question.items[next[to]]!;
		announce(t('quiz.orderMoved', { item, n: to + 1 }));
		// Keep focus on the moved item's button (or its other button at the list's end).
		requestAnimationFrame(() => {
			const row = document.getElementById(`${uid}-order-${next[to]!}`);
			const edge = direction === 'up' ? to === 0 : to === next.length - 1;
			const button = row?.querySelector<HTMLButtonElement>(
				`[data-move="${edge ? (direction === 'up' ? 'down' : 'up') : direction}"]`,
			);
			button?.focus();
		});
	};
	return (
		<div class="quiz-order">
			<p class="quiz-hint">{t('quiz.orderHint')}</p>
			<ol class="quiz-order-list">
				{sequence.map((index, position) => {
					const item = question.items[index]!;
					return (
						<li class="quiz-order-item" key={index} id={`${uid}-order-${index}`}>
							<span class="quiz-order-pos" aria-hidden="true">
								{`${position + 1}.`}
							</span>
							<span class="quiz-order-text">{item}</span>
							<span class="quiz-order-buttons">
								<button
									type="button"
									class="quiz-button quiz-button-small"
									data-move="up"
									aria-label={t('quiz.orderUpLabel', { item })}
									disabled={disabled || position === 0}
									onClick={() => move(position, position - 1, 'up')}
								>
									↑ {t('quiz.orderUp')}
								</button>
								<button
									type="button"
									class="quiz-button quiz-button-small"
									data-move="down"
									aria-label={t('quiz.orderDownLabel', { item })}
									disabled={disabled || position === sequence.length - 1}
									onClick={() => move(position, position + 1, 'down')}
								>
									↓ {t('quiz.orderDown')}
								</button>
							</span>
						</li>
					);
				})}
			</ol>
		</div>
	);
}

function ShortInput(props: Of<'short'>) {
	const { question, response, uid, disabled, revealed, onChange, onReveal, t } = props;
	const value = response as ResponseOf<'short'>;
	return (
		<div class="quiz-short">
			<label for={`${uid}-short`}>{t('quiz.shortAnswer')}</label>
			<textarea
				id={`${uid}-short`}
				rows={4}
				value={value.text}
				disabled={disabled}
				onInput={(e) => onChange({ ...value, text: e.currentTarget.value })}
			/>
			{revealed ? (
				<fieldset class="quiz-points">
					<legend>{t('quiz.shortPoints')}</legend>
					{question.points.map((point, i) => (
						<label class="quiz-choice" key={i}>
							<input
								type="checkbox"
								checked={value.ticked.includes(i)}
								disabled={disabled}
								onChange={(e) =>
									onChange({
										...value,
										ticked: e.currentTarget.checked
											? [...value.ticked, i].sort((a, b) => a - b)
											: value.ticked.filter((x) => x !== i),
									})
								}
							/>
							<span>{point}</span>
						</label>
					))}
				</fieldset>
			) : (
				<button
					type="button"
					class="quiz-button"
					disabled={disabled}
					onClick={() => {
						onReveal();
						requestAnimationFrame(() =>
							document.querySelector<HTMLInputElement>(`#${uid}-q .quiz-points input`)?.focus(),
						);
					}}
				>
					{t('quiz.shortReveal')}
				</button>
			)}
		</div>
	);
}
