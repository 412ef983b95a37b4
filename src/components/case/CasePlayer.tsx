/**
 * The case player island: renders a walk through one case (src/cases/walk.ts) — the passage with the
 * lines the state shows, the decision as a real form, the consequence and feedback with a link to the
 * paragraph, the ending with the learner's own path as the debrief (every decision, the choice, its
 * grade, feedback and quote) and the next steps — and the back/restart controls.
 *
 * Owns: rendering and focus (each new passage's heading gets focus; headings have tabindex=-1).
 * Must not: decide where a move leads (walk.ts) or touch storage: it resumes and saves the walk
 * through src/cases/resume.ts and, on an ending, calls publishCaseEnding (src/cases/ending-sink.ts) once.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { TargetedSubmitEvent } from 'preact';
import { POWERS, type ParagraphId } from '../../article/powers';
import type { CaseNextSteps } from '../../cases/catalog';
import { publishCaseEnding } from '../../cases/ending-sink';
import { clearSavedWalk, loadSavedWalk, saveWalk } from '../../cases/resume';
import { visibleLines } from '../../cases/state';
import {
	advance,
	back,
	canGoBack,
	choose,
	currentStep,
	endingOf,
	pathTaken,
	startWalk,
	stateOf,
	type Walk,
} from '../../cases/walk';
import dict from '../../i18n/zh-CN/cases.json';
import { makeT } from '../../i18n/translate';
import type { Case, CaseSource, PassageLine } from '../../schemas/case';
import { sourceLink } from '../../site/paths';

const t = makeT(dict);

interface Props {
	data: Case;
	/** Where an ending points: the lesson, its quiz, the next case and the all-branches view. */
	next: CaseNextSteps;
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

/** The walk before the choice at its last step (the state a passage is read in). */
function arrival(walk: Walk): Walk {
	const last = walk.steps.at(-1)!;
	return { steps: [...walk.steps.slice(0, -1), { node: last.node }] };
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

export default function CasePlayer({ data, next, level = 2 }: Props) {
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
	const lines = (text: readonly PassageLine[], w: Walk) => visibleLines(text, stateOf(data, w));

	// Resume a walk saved before a reload (read in an effect: never during render).
	useEffect(() => {
		const saved = loadSavedWalk(data.id, data);
		if (saved && !endingOf(data, saved)) {
			setWalk(saved);
			setAnnouncement(t('cases.resumed'));
		}
	}, [data]);

	useEffect(() => {
		if (!acted.current) return;
		(currentStep(data, walk).choice ? outcomeRef.current : headingRef.current)?.focus();
	}, [data, walk]);

	/** Keep the walk for a reload; a finished walk is recorded as an ending instead. */
	const keep = (w: Walk): void => {
		if (endingOf(data, w)) clearSavedWalk(data.id);
		else saveWalk(data.id, data, w);
	};

	const move = (nextWalk: Walk, message = ''): void => {
		acted.current = true;
		setSelected(undefined);
		setError('');
		setWalk(nextWalk);
		keep(nextWalk);
		const reached = endingOf(data, nextWalk);
		if (reached && nextWalk !== walk) {
			setAnnouncement(t('cases.announceEnding', { title: reached.heading }));
			publishCaseEnding({
				caseId: data.id,
				endingId: reached.id,
				path: nextWalk.steps.map((s) => ({ ...s })),
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
		const chosen = choose(data, walk, selected);
		setWalk(chosen);
		keep(chosen);
	};

	const headingId = `${idBase}-${node.id}-heading`;
	return (
		<div class="case-player" data-case-player={data.id}>
			<article class="case-passage" aria-labelledby={headingId} data-node={node.id} key={node.id}>
				<H1 id={headingId} tabIndex={-1} ref={headingRef} class="case-heading">
					{ending ? <span class="case-ending-label">{t('cases.endingLabel')}：</span> : null}
					{node.heading}
				</H1>
				<Paragraphs text={lines(node.text, arrival(walk))} />

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
						<Paragraphs text={lines(choice.consequence, walk)} />
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
							<section class="case-path" aria-labelledby={`${headingId}-path`}>
								<H3 id={`${headingId}-path`}>{t('cases.pathTaken')}</H3>
								<p>{t('cases.pathIntro')}</p>
								<ol>
									{pathTaken(data, walk).map((step) => (
										<li key={step.node.id} data-grade={step.choice.grade}>
											<p class="case-path-question">
												<strong>{step.node.heading}</strong>：{step.node.question}
											</p>
											<p class="case-path-choice">
												{t('cases.pathChoice', { choice: step.choice.label })}
											</p>
											<p class={`case-grade case-grade-${step.choice.grade}`}>
												{t('cases.pathGrade', { grade: t(`cases.grade.${step.choice.grade}`) })}
											</p>
											<p>{step.choice.feedback}</p>
											<SourceQuote source={step.choice.source} />
										</li>
									))}
								</ol>
							</section>
							<H3>{t('cases.endingMeaning')}</H3>
							<Paragraphs text={lines(ending.debrief, walk)} />
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
						<nav class="case-next" aria-labelledby={`${headingId}-next`}>
							<H2 id={`${headingId}-next`}>{t('cases.nextSteps')}</H2>
							<ul>
								{next.lesson ? (
									<li>
										<a href={next.lesson.href}>
											{t('cases.nextLesson', { title: next.lesson.title })}
										</a>
									</li>
								) : null}
								{next.quiz ? (
									<li>
										<a href={next.quiz.href}>{t('cases.nextQuiz')}</a>
									</li>
								) : null}
								{next.nextCase ? (
									<li>
										<a href={next.nextCase.href}>
											{t('cases.nextCase', { title: next.nextCase.title })}
										</a>
									</li>
								) : null}
								<li>
									<a href={next.library}>{t('cases.backToLibrary')}</a>
								</li>
								<li>
									<a href={next.print}>{t('cases.printAfter')}</a>
								</li>
							</ul>
						</nav>
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
