/**
 * The case player island: renders a walk through one case (src/cases/walk.ts) — the passage, the
 * decision as a real form, the consequence and feedback with a link to the paragraph, the ending with
 * its debrief and the path taken — and the back/restart controls.
 *
 * Owns: rendering and focus (each new passage's heading gets focus; headings have tabindex=-1).
 * Must not: decide where a move leads (walk.ts), or store anything: on an ending it calls
 * publishCaseEnding (src/cases/ending-sink.ts) once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { POWERS, type ParagraphId } from '../../article/powers';
import { publishCaseEnding } from '../../cases/ending-sink';
import {
	advance,
	back,
	canGoBack,
	choose,
	currentStep,
	endingOf,
	pathTaken,
	startWalk,
	type Walk,
} from '../../cases/walk';
import dict from '../../i18n/zh-CN/cases.json';
import { makeT } from '../../i18n/translate';
import type { Case, CaseSource } from '../../schemas/case';
import { sourceLink } from '../../site/paths';

const t = makeT(dict);

interface Props {
	data: Case;
	/** Level of the passage headings: 2 on the case page, 3 when embedded in a lesson section. */
	level?: 2 | 3;
}

type Heading = 'h2' | 'h3' | 'h4' | 'h5';
const HEADINGS: readonly Heading[] = ['h2', 'h3', 'h4', 'h5'];

function Paragraphs({ text }: { text: readonly string[] }) {
	return (
		<>
			{text.map((line, i) => (
				<p key={i}>{line}</p>
			))}
		</>
	);
}

function SourceQuote({ source }: { source: CaseSource }) {
	const p = source.p as ParagraphId;
	return (
		<p class="case-quote">
			<q data-source={p}>{source.quote}</q>{' '}
			<a href={sourceLink(p)}>{t('cases.sourceLink', { n: p.slice(1) })}</a>
		</p>
	);
}

export default function CasePlayer({ data, level = 2 }: Props) {
	const [H1, H2, H3] = HEADINGS.slice(level - 2) as [Heading, Heading, Heading];
	const [walk, setWalk] = useState<Walk>(() => startWalk(data));
	const [selected, setSelected] = useState<number | undefined>(undefined);
	const [error, setError] = useState('');
	const [announcement, setAnnouncement] = useState('');
	const headingRef = useRef<HTMLHeadingElement>(null);
	const outcomeRef = useRef<HTMLHeadingElement>(null);
	/** Focus moves only after the learner acts, never on page load. */
	const acted = useRef(false);

	const { node, choice } = currentStep(data, walk);
	const ending = endingOf(data, walk);
	const idBase = `case-${data.id}`;

	useEffect(() => {
		if (!acted.current) return;
		(currentStep(data, walk).choice ? outcomeRef.current : headingRef.current)?.focus();
	}, [data, walk]);

	const move = (next: Walk, message = ''): void => {
		acted.current = true;
		setSelected(undefined);
		setError('');
		setWalk(next);
		const reached = endingOf(data, next);
		if (reached && next !== walk) {
			setAnnouncement(t('cases.announceEnding', { title: reached.heading }));
			publishCaseEnding({
				caseId: data.id,
				endingId: reached.id,
				path: next.steps.map((s) => ({ ...s })),
				finishedAt: new Date().toISOString(),
			});
		} else setAnnouncement(message);
	};

	const onSubmit = (event: TargetedSubmitEvent<HTMLFormElement>): void => {
		event.preventDefault();
		if (selected === undefined) {
			setError(t('cases.chooseFirst'));
			return;
		}
		acted.current = true;
		setError('');
		setAnnouncement('');
		setWalk(choose(data, walk, selected));
	};

	const headingId = `${idBase}-${node.id}-heading`;
	return (
		<div class="case-player" data-case-player={data.id}>
			<article class="case-passage" aria-labelledby={headingId} data-node={node.id} key={node.id}>
				<H1 id={headingId} tabIndex={-1} ref={headingRef} class="case-heading">
					{ending ? <span class="case-ending-label">{t('cases.endingLabel')}：</span> : null}
					{node.heading}
				</H1>
				<Paragraphs text={node.text} />

				{node.type === 'decision' && !choice ? (
					<form class="case-form" onSubmit={onSubmit} noValidate>
						<fieldset aria-describedby={error ? `${idBase}-error` : undefined}>
							<legend>{node.question}</legend>
							{node.choices.map((c, i) => (
								<label class="case-choice" key={i}>
									<input
										type="radio"
										name={`${idBase}-${node.id}`}
										value={String(i)}
										checked={selected === i}
										onChange={() => {
											setSelected(i);
											setError('');
										}}
									/>
									<span>{c.label}</span>
								</label>
							))}
						</fieldset>
						{error ? (
							<p id={`${idBase}-error`} class="case-error" role="alert">
								{error}
							</p>
						) : null}
						<button type="submit" class="case-button primary">
							{t('cases.submit')}
						</button>
					</form>
				) : null}

				{node.type === 'decision' && choice ? (
					<section class="case-outcome" aria-labelledby={`${headingId}-outcome`}>
						<p class="case-your-choice">{t('cases.yourChoice', { choice: choice.label })}</p>
						<H2 id={`${headingId}-outcome`} tabIndex={-1} ref={outcomeRef}>
							{t('cases.outcome')}
						</H2>
						<Paragraphs text={choice.consequence} />
						<div class="case-feedback">
							<H3>{t('cases.feedback')}</H3>
							<p>{choice.feedback}</p>
							<SourceQuote source={choice.source} />
						</div>
						<button
							type="button"
							class="case-button primary"
							onClick={() => move(advance(data, walk))}
						>
							{t('cases.continue')}
						</button>
					</section>
				) : null}

				{node.type === 'situation' ? (
					<button
						type="button"
						class="case-button primary"
						onClick={() => move(advance(data, walk))}
					>
						{t('cases.continue')}
					</button>
				) : null}

				{ending ? (
					<>
						<section class="case-debrief" aria-labelledby={`${headingId}-debrief`}>
							<H2 id={`${headingId}-debrief`}>{t('cases.debrief')}</H2>
							<Paragraphs text={ending.debrief} />
							<H3>{t('cases.debriefPowers')}</H3>
							<ul class="case-powers">
								{(ending.powers ?? data.powers).map((id) => (
									<li key={id}>
										{POWERS[id].role
											? t('cases.powerName', { name: POWERS[id].name, role: POWERS[id].role })
											: POWERS[id].name}
									</li>
								))}
							</ul>
							<H3>{t('cases.debriefMeasures')}</H3>
							<ul class="case-measures">
								{ending.measures.map((m, i) => (
									<li key={i}>
										<SourceQuote source={m} />
									</li>
								))}
							</ul>
						</section>
						<section class="case-path" aria-labelledby={`${headingId}-path`}>
							<H2 id={`${headingId}-path`}>{t('cases.pathTaken')}</H2>
							<ol>
								{pathTaken(data, walk).map((step) => (
									<li key={step.node.id}>
										<span class="case-path-question">{step.node.heading}</span>
										<span class="case-path-choice">
											{t('cases.pathChoice', { choice: step.choice.label })}
										</span>
									</li>
								))}
							</ol>
						</section>
					</>
				) : null}
			</article>

			<div class="case-controls" role="group" aria-label={t('cases.controls')}>
				<button
					type="button"
					class="case-button"
					disabled={!canGoBack(walk)}
					onClick={() => move(back(walk), t('cases.announceBack'))}
				>
					{t('cases.back')}
				</button>
				<button
					type="button"
					class="case-button"
					disabled={!canGoBack(walk)}
					onClick={() => move(startWalk(data), t('cases.announceRestart'))}
				>
					{t('cases.restart')}
				</button>
			</div>
			<p class="sr-only" aria-live="polite">
				{announcement}
			</p>
		</div>
	);
}
