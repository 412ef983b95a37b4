/**
 * 课堂竞答 (/classroom/): the setup form (./Setup.tsx), the projector stage driven by the host's
 * keyboard, the printed host sheet (./HostSheet.tsx) and the results with the follow-up paper link.
 * Rules live in src/classroom/game.ts; the game is saved in the progress store after every change
 * (src/classroom/saved.ts) and resumed on load, countdown included. The store and the follow-up link's
 * codec and QR are loaded on demand, so the page's first load stays small.
 *
 * Projector layout: the stage fills the viewport (scoreboard | top bar, question, host controls); the
 * question area scales its text down step by step only when the question (and a shown answer) would
 * not fit, so nothing ever scrolls and the host controls stay on screen.
 */
import type { ComponentType } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
	answering,
	current,
	reduce,
	scores,
	secondsLeft,
	type Action,
	type GameSettings,
	type GameState,
} from '../../classroom/game';
import { hostCommand } from '../../classroom/keys';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import { fetchBank } from '../../quiz/bank-client';
import type { Question } from '../../schemas/question';
import { HostSheet } from './HostSheet';
import { AnswerBody, isOral, Options, SourceQuote } from './QuestionParts';
import type { ResultsProps } from './Results';
import { Setup } from './Setup';

const t = makeT(dict);

export default function Classroom() {
	const [bank, setBank] = useState<Question[] | null>(null);
	const [failed, setFailed] = useState(false);
	const [game, setGame] = useState<GameState | null>(null);
	const [resumed, setResumed] = useState(false);
	/** The settings of the game just ended, to set up the same game again (replay by seed). */
	const [previous, setPrevious] = useState<GameSettings | undefined>(undefined);
	const store = useRef<typeof import('../../classroom/saved') | null>(null);
	const [Results, setResults] = useState<ComponentType<ResultsProps> | null>(null);

	useEffect(() => {
		void import('./Results').then((m) => setResults(() => m.default));
		Promise.all([fetchBank(), import('../../classroom/saved')]).then(
			([b, saved]) => {
				store.current = saved;
				setBank(b);
				const game = saved.loadGame(Date.now());
				if (game) {
					setGame(game);
					setResumed(true);
				}
			},
			() => setFailed(true),
		);
	}, []);

	const dispatch = (action: Action) =>
		setGame((g) => {
			if (!g) return g;
			const next = reduce(g, action);
			if (next !== g) store.current?.saveGame(next);
			return next;
		});

	if (failed)
		return (
			<p class="zz-warning" role="alert">
				{t('classroom.loadFailed')}
			</p>
		);
	if (!bank) return <p class="zz-muted">{t('classroom.loading')}</p>;
	if (!game)
		return (
			<Setup
				bank={bank}
				initial={previous}
				onStart={(g) => {
					store.current?.saveGame(g);
					setResumed(false);
					setGame(g);
				}}
			/>
		);
	const restart = () => {
		store.current?.clearGame();
		setPrevious(game.settings);
		setGame(null);
	};
	if (game.ended)
		return Results ? (
			<Results game={game} bank={bank} dispatch={dispatch} onRestart={restart} />
		) : (
			<p class="zz-muted">{t('classroom.loading')}</p>
		);
	return <Stage game={game} bank={bank} dispatch={dispatch} resumed={resumed} />;
}

// ---------------------------------------------------------------- stage

function Scoreboard({ game }: { game: GameState }) {
	const s = scores(game);
	const active = answering(game);
	return (
		<section class="zz-cr-board" aria-label={t('classroom.board.heading')}>
			<ol>
				{game.settings.teams.map((name, i) => (
					<li
						class={i === active ? 'is-active' : ''}
						aria-current={i === active ? 'true' : undefined}
					>
						<span class="zz-cr-team-key" aria-hidden="true">
							{i + 1}
						</span>
						<span class="zz-cr-team-name">{name}</span>
						<span class="zz-cr-team-score">{t('classroom.board.score', { n: s[i]! })}</span>
					</li>
				))}
			</ol>
		</section>
	);
}

/** The countdown to the stored deadline: a reload shows the time that was left, not a fresh count. */
function Countdown({ game }: { game: GameState }) {
	const [now, setNow] = useState(() => Date.now());
	useEffect(() => {
		if (game.deadline === null) return;
		setNow(Date.now());
		const timer = setInterval(() => setNow(Date.now()), 250);
		return () => clearInterval(timer);
	}, [game.deadline]);
	const left = secondsLeft(game, now);
	if (left === null) return <p class="zz-cr-timer" />;
	return (
		<p class={`zz-cr-timer${left === 0 ? ' is-up' : ''}`} role="timer" aria-live="off">
			{left === 0 ? t('classroom.stage.timeUp') : t('classroom.stage.timer', { n: left })}
		</p>
	);
}

/**
 * Steps the question area's text scale down (1 → 0.6) until it no longer overflows; again whenever
 * `content` (what is shown) or the viewport changes, never on a countdown tick.
 */
function useFit(content: string) {
	const box = useRef<HTMLDivElement>(null);
	const [size, setSize] = useState(0);
	useEffect(() => {
		const onResize = () => setSize((n) => n + 1);
		window.addEventListener('resize', onResize);
		return () => window.removeEventListener('resize', onResize);
	}, []);
	useLayoutEffect(() => {
		const el = box.current;
		if (!el) return;
		let fit = 1;
		el.style.setProperty('--cr-fit', '1');
		while (el.scrollHeight > el.clientHeight + 1 && fit > 0.6) {
			fit = Math.round((fit - 0.05) * 100) / 100;
			el.style.setProperty('--cr-fit', String(fit));
		}
		el.dataset['fit'] = String(fit);
	}, [content, size]);
	return box;
}

function Stage({
	game,
	bank,
	dispatch,
	resumed,
}: {
	game: GameState;
	bank: Question[];
	dispatch: (a: Action) => void;
	resumed: boolean;
}) {
	const index = current(game)!;
	const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
	const question = byId.get(game.questions[index]!);
	const team = answering(game);
	const stage = useRef<HTMLElement>(null);
	const body = useFit(`${question?.id}|${game.revealed}|${team}`);
	const seed = game.settings.seed;

	useEffect(() => {
		const onKey = (e: KeyboardEvent) => {
			if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
			const target = e.target as HTMLElement | null;
			if (target?.closest('input, select, textarea')) return;
			// Enter and Space on a focused button press the button, not a host key.
			if (e.key === ' ' && target?.closest('button, a')) return;
			const command = hostCommand(e.key, Date.now());
			if (!command) return;
			e.preventDefault();
			if (command.kind === 'print') window.print();
			else dispatch(command.action);
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [dispatch]);

	useEffect(() => stage.current?.focus(), []);

	const press = (key: string) => () => {
		const command = hostCommand(key, Date.now());
		if (command?.kind === 'game') dispatch(command.action);
	};
	const last = game.log[game.log.length - 1];
	const note = [
		game.settings.mode === 'buzz' && t('classroom.keys.buzz', { n: game.settings.teams.length }),
		resumed && !last && t('classroom.resumed'),
		last &&
			t('classroom.stage.last', {
				team: last.team === null ? '' : game.settings.teams[last.team]!,
				result: t(
					last.team === null
						? 'classroom.stage.skipped'
						: last.right
							? 'classroom.stage.right'
							: 'classroom.stage.wrong',
				),
			}),
	].filter((part): part is string => typeof part === 'string' && part !== '');
	const status =
		game.settings.mode === 'turns'
			? t('classroom.stage.turn', { team: game.settings.teams[team!]! })
			: team === null
				? t('classroom.stage.waitBuzz')
				: t('classroom.stage.buzzed', { team: game.settings.teams[team]! });

	return (
		<>
			<section
				class="zz-cr-stage not-content"
				data-teams={game.settings.teams.length}
				aria-label={t('classroom.stage.label')}
				tabIndex={-1}
				ref={stage}
			>
				<Scoreboard game={game} />
				<div class="zz-cr-main">
					<div class="zz-cr-top">
						<p class="zz-cr-progress">
							{t('classroom.stage.progress', { n: index + 1, total: game.questions.length })}
						</p>
						<p class="zz-cr-status" aria-live="polite">
							{status}
						</p>
						<Countdown game={game} />
					</div>
					<div class={`zz-cr-body${game.revealed ? ' is-revealed' : ''}`} ref={body}>
						{question && (
							<div class="zz-cr-question" data-question-id={question.id}>
								{isOral(question) && <p class="zz-cr-tag">{t('classroom.stage.oral')}</p>}
								<p class="zz-cr-stem">{question.stem}</p>
								<Options question={question} seed={seed} />
							</div>
						)}
						{question && game.revealed && (
							<section class="zz-cr-answer" aria-labelledby="zz-cr-answer-h">
								<h2 id="zz-cr-answer-h">
									{t(isOral(question) ? 'classroom.stage.reference' : 'classroom.stage.answer')}
								</h2>
								<AnswerBody question={question} seed={seed} model={false} />
								<SourceQuote question={question} />
							</section>
						)}
					</div>
					<div class="zz-cr-host">
						<p class="zz-cr-note" aria-live="polite">
							{note.join(' · ')}
						</p>
						<div class="zz-cr-buttons">
							<button type="button" onClick={press('y')} disabled={team === null}>
								{t('classroom.btn.right')}
							</button>
							<button type="button" onClick={press('n')} disabled={team === null}>
								{t('classroom.btn.wrong')}
							</button>
							<button type="button" onClick={press('s')}>
								{t('classroom.btn.skip')}
							</button>
							<button type="button" onClick={press('u')} disabled={game.log.length === 0}>
								{t('classroom.btn.undo')}
							</button>
							<button type="button" onClick={press(' ')}>
								{t(game.revealed ? 'classroom.btn.hide' : 'classroom.btn.reveal')}
							</button>
							<button type="button" onClick={press('e')}>
								{t('classroom.btn.end')}
							</button>
							<button type="button" onClick={() => window.print()}>
								{t('classroom.btn.print')}
							</button>
						</div>
					</div>
				</div>
			</section>
			<HostSheet game={game} byId={byId} />
		</>
	);
}
