/**
 * 课堂竞答 (/classroom/): the setup form, the projector stage driven by the host's keyboard, and the
 * results with the follow-up paper link. Rules live in src/classroom/game.ts; the game is saved in the
 * progress store after every change (src/classroom/saved.ts) and resumed on load. The store and the
 * follow-up link's codec and QR are loaded on demand, so the page's first load stays small.
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POWER_IDS, POWERS, type PowerId } from '../../article/powers';
import {
	answering,
	current,
	defaultTeamName,
	MAX_QUESTIONS,
	MAX_TEAMS,
	MIN_TEAMS,
	newGame,
	reduce,
	scores,
	type Action,
	type GameState,
	type Mode,
} from '../../classroom/game';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import { answerKey, letter } from '../../quiz/answer-key';
import { fetchBank } from '../../quiz/bank-client';
import { layoutQuestion } from '../../quiz/layout';
import { randomSeed } from '../../quiz/shuffle';
import type { Question } from '../../schemas/question';
import { withBase } from '../../site/paths';
import type { ResultsProps } from './Results';

const t = makeT(dict);
const CAPACITIES: PowerId[] = ['leadership', 'coverage', 'cohesion', 'development', 'renewal'];
const SECONDS = [0, 20, 30, 45, 60];
const KEYS: Record<string, Action> = {
	y: { type: 'mark', right: true },
	n: { type: 'mark', right: false },
	s: { type: 'skip' },
	u: { type: 'undo' },
	' ': { type: 'reveal' },
	e: { type: 'end' },
};

export default function Classroom() {
	const [bank, setBank] = useState<Question[] | null>(null);
	const [failed, setFailed] = useState(false);
	const [game, setGame] = useState<GameState | null>(null);
	const [resumed, setResumed] = useState(false);
	const store = useRef<typeof import('../../classroom/saved') | null>(null);
	const [Results, setResults] = useState<ComponentType<ResultsProps> | null>(null);

	useEffect(() => {
		void import('./Results').then((m) => setResults(() => m.default));
		Promise.all([fetchBank(), import('../../classroom/saved')]).then(
			([b, saved]) => {
				store.current = saved;
				setBank(b);
				const game = saved.loadGame();
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
				onStart={(g) => {
					store.current?.saveGame(g);
					setResumed(false);
					setGame(g);
				}}
			/>
		);
	const restart = () => {
		store.current?.clearGame();
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

// ---------------------------------------------------------------- setup

function Setup({ bank, onStart }: { bank: Question[]; onStart: (g: GameState) => void }) {
	const [teams, setTeams] = useState(() => [0, 1, 2].map(defaultTeamName));
	const [mode, setMode] = useState<Mode>('turns');
	const [count, setCount] = useState('10');
	const [powers, setPowers] = useState<PowerId[]>(CAPACITIES);
	const [seconds, setSeconds] = useState(30);
	const [seed, setSeed] = useState(() => String(randomSeed()));
	const [error, setError] = useState('');

	const setTeamCount = (n: number) =>
		setTeams((old) => Array.from({ length: n }, (_, i) => old[i] ?? defaultTeamName(i)));

	const submit = (e: Event) => {
		e.preventDefault();
		const n = Number(count);
		const s = Number(seed);
		const names = teams.map((name) => name.trim());
		if (powers.length === 0) return setError(t('classroom.setup.noPowers'));
		if (!Number.isInteger(n) || n < 1 || n > MAX_QUESTIONS)
			return setError(t('classroom.setup.badCount', { max: MAX_QUESTIONS }));
		if (names.some((name) => name.length === 0 || name.length > 20))
			return setError(t('classroom.setup.badName'));
		if (!/^\d+$/u.test(seed.trim()) || s > 0xffffffff)
			return setError(t('classroom.setup.badSeed'));
		const g = newGame({ teams: names, mode, count: n, powers, seed: s, seconds }, bank);
		if (g.questions.length === 0) return setError(t('classroom.setup.noQuestions'));
		onStart(g);
	};

	return (
		<form class="zz-cr-setup" onSubmit={submit} noValidate>
			<h2>{t('classroom.setup.heading')}</h2>
			<label class="zz-cr-field">
				<span>{t('classroom.setup.teamCount')}</span>
				<select
					value={String(teams.length)}
					onChange={(e) => setTeamCount(Number(e.currentTarget.value))}
				>
					{Array.from({ length: MAX_TEAMS - MIN_TEAMS + 1 }, (_, i) => i + MIN_TEAMS).map((n) => (
						<option value={String(n)}>{n}</option>
					))}
				</select>
			</label>
			<div class="zz-cr-teams">
				{teams.map((name, i) => (
					<label class="zz-cr-field">
						<span>{t('classroom.setup.teamName', { n: i + 1 })}</span>
						<input
							type="text"
							maxLength={20}
							value={name}
							onInput={(e) => {
								const value = e.currentTarget.value;
								setTeams((old) => old.map((o, j) => (j === i ? value : o)));
							}}
						/>
					</label>
				))}
			</div>
			<fieldset>
				<legend>{t('classroom.setup.mode')}</legend>
				{(['turns', 'buzz'] as const).map((m) => (
					<label class="zz-cr-choice">
						<input
							type="radio"
							name="mode"
							value={m}
							checked={mode === m}
							onChange={() => setMode(m)}
						/>
						{t(`classroom.mode.${m}`)}
					</label>
				))}
			</fieldset>
			<fieldset>
				<legend>{t('classroom.setup.powers')}</legend>
				{POWER_IDS.map((p) => (
					<label class="zz-cr-choice">
						<input
							type="checkbox"
							checked={powers.includes(p)}
							onChange={(e) => {
								const on = e.currentTarget.checked;
								setPowers((old) => (on ? [...old, p] : old.filter((o) => o !== p)));
							}}
						/>
						{POWERS[p].name}
					</label>
				))}
			</fieldset>
			<label class="zz-cr-field">
				<span>{t('classroom.setup.count')}</span>
				<input
					type="number"
					inputMode="numeric"
					min={1}
					max={MAX_QUESTIONS}
					value={count}
					onInput={(e) => setCount(e.currentTarget.value)}
				/>
			</label>
			<label class="zz-cr-field">
				<span>{t('classroom.setup.seconds')}</span>
				<select value={String(seconds)} onChange={(e) => setSeconds(Number(e.currentTarget.value))}>
					{SECONDS.map((s) => (
						<option value={String(s)}>
							{s === 0
								? t('classroom.setup.secondsNone')
								: t('classroom.setup.secondsValue', { n: s })}
						</option>
					))}
				</select>
			</label>
			<label class="zz-cr-field">
				<span>{t('classroom.setup.seed')}</span>
				<input
					type="text"
					inputMode="numeric"
					value={seed}
					onInput={(e) => setSeed(e.currentTarget.value)}
				/>
			</label>
			<p class="zz-muted">{t('classroom.setup.typesNote')}</p>
			{error && (
				<p class="zz-warning" role="alert">
					{error}
				</p>
			)}
			<button type="submit" class="zz-cr-button">
				{t('classroom.setup.start')}
			</button>
		</form>
	);
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

function Countdown({ seconds, question }: { seconds: number; question: number }) {
	const [left, setLeft] = useState(seconds);
	useEffect(() => {
		setLeft(seconds);
		if (seconds === 0) return;
		const started = Date.now();
		const timer = setInterval(() => {
			const rest = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
			setLeft(rest);
			if (rest === 0) clearInterval(timer);
		}, 250);
		return () => clearInterval(timer);
	}, [seconds, question]);
	if (seconds === 0) return null;
	return (
		<p class={`zz-cr-timer${left === 0 ? ' is-up' : ''}`} role="timer" aria-live="off">
			{left === 0 ? t('classroom.stage.timeUp') : t('classroom.stage.timer', { n: left })}
		</p>
	);
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

	useEffect(() => {
		const onKey = (e: KeyboardEvent) => {
			if (e.ctrlKey || e.metaKey || e.altKey) return;
			const target = e.target as HTMLElement | null;
			if (target?.closest('input, select, textarea')) return;
			const key = e.key.toLowerCase();
			if (/^[1-8]$/u.test(key)) {
				dispatch({ type: 'buzz', team: Number(key) - 1 });
				return;
			}
			const action = KEYS[key];
			if (!action) return;
			e.preventDefault();
			dispatch(action);
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [dispatch]);

	useEffect(() => stage.current?.focus(), []);

	const last = game.log[game.log.length - 1];
	const status =
		game.settings.mode === 'turns'
			? t('classroom.stage.turn', { team: game.settings.teams[team!]! })
			: team === null
				? t('classroom.stage.waitBuzz')
				: t('classroom.stage.buzzed', { team: game.settings.teams[team]! });

	return (
		<section class="zz-cr-stage" aria-label={t('classroom.stage.label')} tabIndex={-1} ref={stage}>
			<Scoreboard game={game} />
			<div class="zz-cr-main">
				<div class="zz-cr-top">
					<p class="zz-cr-progress">
						{t('classroom.stage.progress', { n: index + 1, total: game.questions.length })}
					</p>
					<p class="zz-cr-status" aria-live="polite">
						{status}
					</p>
					<Countdown seconds={game.settings.seconds} question={index} />
				</div>
				{question && <QuestionView question={question} seed={game.settings.seed} />}
				{question && game.revealed && <Answer question={question} seed={game.settings.seed} />}
				<div class="zz-cr-host">
					<p class="zz-cr-keys">
						{t('classroom.keys.list')}
						{game.settings.mode === 'buzz' &&
							` · ${t('classroom.keys.buzz', { n: game.settings.teams.length })}`}
					</p>
					<p class="zz-muted" aria-live="polite">
						{resumed && game.log.length === 0 && !last ? t('classroom.resumed') : ''}
						{last &&
							t('classroom.stage.last', {
								team: last.team === null ? '' : game.settings.teams[last.team]!,
								result: t(
									last.team === null
										? 'classroom.stage.skipped'
										: last.right
											? 'classroom.stage.right'
											: 'classroom.stage.wrong',
								),
							})}
					</p>
					<div class="zz-cr-buttons">
						<button type="button" onClick={() => dispatch(KEYS.y!)} disabled={team === null}>
							{t('classroom.btn.right')}
						</button>
						<button type="button" onClick={() => dispatch(KEYS.n!)} disabled={team === null}>
							{t('classroom.btn.wrong')}
						</button>
						<button type="button" onClick={() => dispatch(KEYS.s!)}>
							{t('classroom.btn.skip')}
						</button>
						<button
							type="button"
							onClick={() => dispatch(KEYS.u!)}
							disabled={game.log.length === 0}
						>
							{t('classroom.btn.undo')}
						</button>
						<button type="button" onClick={() => dispatch(KEYS[' ']!)}>
							{t(game.revealed ? 'classroom.btn.hide' : 'classroom.btn.reveal')}
						</button>
						<button type="button" onClick={() => dispatch(KEYS.e!)}>
							{t('classroom.btn.end')}
						</button>
					</div>
				</div>
			</div>
		</section>
	);
}

const oral = (q: Question) => q.type === 'blank' || q.type === 'short';

function QuestionView({ question, seed }: { question: Question; seed: number }) {
	const layout = layoutQuestion(question, seed);
	return (
		<div class="zz-cr-question" data-question-id={question.id}>
			{oral(question) && <p class="zz-cr-tag">{t('classroom.stage.oral')}</p>}
			<p class="zz-cr-stem">{question.stem}</p>
			{(question.type === 'single' || question.type === 'multiple') && (
				<ol class="zz-cr-options">
					{layout.options.map((o, i) => (
						<li>
							<span class="zz-cr-letter">{letter(i)}</span>
							{question.options[o]!.text}
						</li>
					))}
				</ol>
			)}
			{question.type === 'judge' && (
				<ol class="zz-cr-options">
					<li>
						<span class="zz-cr-letter">A</span>
						{t('classroom.stage.true')}
					</li>
					<li>
						<span class="zz-cr-letter">B</span>
						{t('classroom.stage.false')}
					</li>
				</ol>
			)}
		</div>
	);
}

function Answer({ question, seed }: { question: Question; seed: number }) {
	const key = answerKey(question, layoutQuestion(question, seed));
	let body;
	switch (key.type) {
		case 'single':
		case 'multiple':
			body = <p class="zz-cr-key">{key.letters.join('')}</p>;
			break;
		case 'judge':
			body = (
				<p class="zz-cr-key">
					{key.value ? `A ${t('classroom.stage.true')}` : `B ${t('classroom.stage.false')}`}
				</p>
			);
			break;
		case 'blank':
			body = (
				<ul>
					{key.blanks.map((accept, i) => (
						<li>
							{t('classroom.stage.blank', {
								n: i + 1,
								text: accept.join(` ${t('classroom.stage.or')} `),
							})}
						</li>
					))}
				</ul>
			);
			break;
		case 'short':
			body = (
				<>
					<p>{t('classroom.stage.points')}</p>
					<ul>
						{key.points.map((p) => (
							<li>{p}</li>
						))}
					</ul>
					{key.model && (
						<p>
							{t('classroom.stage.model')}：{key.model}
						</p>
					)}
				</>
			);
			break;
		default:
			body = null;
	}
	return (
		<section class="zz-cr-answer" aria-labelledby="zz-cr-answer-h">
			<h2 id="zz-cr-answer-h">
				{t(oral(question) ? 'classroom.stage.reference' : 'classroom.stage.answer')}
			</h2>
			{body}
			<figure class="zz-cr-source">
				<blockquote data-source={question.source.p}>{question.source.quote}</blockquote>
				<figcaption>
					<a href={`${withBase('/source/')}#${question.source.p}`}>
						{t('classroom.stage.source', { n: question.source.p.slice(1) })}
					</a>
				</figcaption>
			</figure>
		</section>
	);
}
