/**
 * 课堂竞答 setup: teams, mode, countdown, seed and the rounds — a blueprint (capacities, types, levels,
 * number of questions) or a pasted 组卷 `p1.` link. The link's codec is loaded when the host chooses a
 * paper; a bad code gets the codec's reason, in words, as text (nothing from it is rendered as HTML).
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { POWER_IDS, POWERS, type PowerId } from '../../article/powers';
import {
	defaultTeamName,
	MAX_TEAMS,
	MIN_TEAMS,
	newGame,
	type GameSettings,
	type GameState,
	type Mode,
} from '../../classroom/game';
import {
	ALL_LEVELS,
	CLASSROOM_TYPES,
	classroomPool,
	MAX_QUESTIONS,
	paperCodeOf,
	paperRounds,
	type ClassroomType,
	type PaperRounds,
} from '../../classroom/rounds';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import type { PaperSpec } from '../../instructor/codec';
import { randomSeed } from '../../quiz/shuffle';
import { HostSheet } from './HostSheet';
import type { Question } from '../../schemas/question';
import type { QuestionLevel } from '../../schemas/question-types';

const t = makeT(dict);
const CAPACITIES: PowerId[] = ['leadership', 'coverage', 'cohesion', 'development', 'renewal'];
const SECONDS = [0, 20, 30, 45, 60];

type PaperState =
	| { state: 'empty' }
	| { state: 'bad'; text: string }
	| { state: 'ok'; spec: PaperSpec; rounds: PaperRounds };

async function readPaper(input: string, bank: readonly Question[]): Promise<PaperState> {
	const code = paperCodeOf(input);
	if (code === '') return { state: 'empty' };
	const [{ decodePaper }, { failureText }] = await Promise.all([
		import('../../instructor/codec'),
		import('../instructor/failure-text'),
	]);
	const r = decodePaper(code);
	if (!r.ok)
		return {
			state: 'bad',
			text: t('classroom.setup.badPaper', { reason: failureText(r.reason, r.field) }),
		};
	return { state: 'ok', spec: r.value, rounds: paperRounds(bank, r.value.questions) };
}

function toggle<T>(list: readonly T[], item: T, on: boolean): T[] {
	return on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);
}

function Checks<T extends string>({
	legend,
	all,
	chosen,
	label,
	onChange,
}: {
	legend: string;
	all: readonly T[];
	chosen: readonly T[];
	label: (item: T) => string;
	onChange: (next: T[]) => void;
}) {
	return (
		<fieldset>
			<legend>{legend}</legend>
			{all.map((item) => (
				<label class="zz-cr-choice">
					<input
						type="checkbox"
						checked={chosen.includes(item)}
						onChange={(e) => onChange(toggle(chosen, item, e.currentTarget.checked))}
					/>
					{label(item)}
				</label>
			))}
		</fieldset>
	);
}

/**
 * The setup form; `initial` (the game just played) fills it in, so 重新设置比赛 → 开始比赛 replays the
 * same game, or a changed one.
 */
export function Setup({
	bank,
	initial,
	onStart,
}: {
	bank: Question[];
	initial?: GameSettings | undefined;
	onStart: (g: GameState) => void;
}) {
	const blueprint = initial?.rounds.kind === 'blueprint' ? initial.rounds : null;
	const [teams, setTeams] = useState(() => initial?.teams ?? [0, 1, 2].map(defaultTeamName));
	const [mode, setMode] = useState<Mode>(initial?.mode ?? 'turns');
	const [source, setSource] = useState<'blueprint' | 'paper'>(initial?.rounds.kind ?? 'blueprint');
	const [count, setCount] = useState(String(blueprint?.count ?? 10));
	const [powers, setPowers] = useState<PowerId[]>(blueprint?.powers ?? CAPACITIES);
	const [types, setTypes] = useState<ClassroomType[]>(blueprint?.types ?? [...CLASSROOM_TYPES]);
	const [levels, setLevels] = useState<QuestionLevel[]>(blueprint?.levels ?? [...ALL_LEVELS]);
	const [paperText, setPaperText] = useState('');
	const [paper, setPaper] = useState<PaperState>({ state: 'empty' });
	const [seconds, setSeconds] = useState(initial?.seconds ?? 30);
	const [seed, setSeed] = useState(() => String(initial?.seed ?? randomSeed()));
	const [error, setError] = useState('');

	const available = useMemo(
		() => classroomPool(bank, { powers, types, levels }).length,
		[bank, powers, types, levels],
	);

	// /classroom/#p1.… (a 组卷 link handed on), or the paper of the game just played: that paper.
	useEffect(() => {
		const hash = location.hash.replace(/^#/u, '');
		if (initial?.rounds.kind === 'paper') {
			const { title, questions } = initial.rounds;
			const at = initial.seed;
			void import('../../instructor/codec').then(({ encodePaper, DEFAULT_PAPER_PASS_MARK }) =>
				setPaperText(
					encodePaper({ seed: at, questions, title, passMark: DEFAULT_PAPER_PASS_MARK }),
				),
			);
		} else if (!initial && hash.startsWith('p1.')) {
			setSource('paper');
			setPaperText(hash);
		}
	}, [initial]);

	useEffect(() => {
		let live = true;
		void readPaper(paperText, bank).then((p) => live && setPaper(p));
		return () => {
			live = false;
		};
	}, [paperText, bank]);

	const setTeamCount = (n: number) =>
		setTeams((old) => Array.from({ length: n }, (_, i) => old[i] ?? defaultTeamName(i)));

	/** The game these settings make (not started), or null after showing what is wrong. */
	const setUp = (): GameState | null => {
		const wrong = (text: string) => {
			setError(text);
			return null;
		};
		const names = teams.map((name) => name.trim());
		if (names.some((name) => name.length === 0 || name.length > 20))
			return wrong(t('classroom.setup.badName'));
		let settings: GameSettings;
		if (source === 'paper') {
			if (paper.state === 'empty') return wrong(t('classroom.setup.paperEmpty'));
			if (paper.state === 'bad') return wrong(paper.text);
			settings = {
				teams: names,
				mode,
				seconds,
				seed: paper.spec.seed,
				rounds: { kind: 'paper', title: paper.spec.title, questions: paper.spec.questions },
			};
		} else {
			const n = Number(count);
			const s = Number(seed);
			if (powers.length === 0) return wrong(t('classroom.setup.noPowers'));
			if (types.length === 0) return wrong(t('classroom.setup.noTypes'));
			if (levels.length === 0) return wrong(t('classroom.setup.noLevels'));
			if (!Number.isInteger(n) || n < 1 || n > MAX_QUESTIONS)
				return wrong(t('classroom.setup.badCount', { max: MAX_QUESTIONS }));
			if (!/^\d+$/u.test(seed.trim()) || s > 0xffffffff) return wrong(t('classroom.setup.badSeed'));
			settings = {
				teams: names,
				mode,
				seconds,
				seed: s,
				rounds: { kind: 'blueprint', count: n, powers, types, levels },
			};
		}
		const g = newGame(settings, bank, Date.now());
		if (g.questions.length === 0)
			return wrong(
				t(source === 'paper' ? 'classroom.setup.paperNone' : 'classroom.setup.noQuestions'),
			);
		setError('');
		return g;
	};

	const submit = (e: Event) => {
		e.preventDefault();
		const g = setUp();
		if (g) onStart(g);
	};

	// 打印主持人题单 before the game: the sheet of the game these settings make (the same seed, the
	// same questions as 开始比赛), printed once it has rendered.
	const [sheet, setSheet] = useState<GameState | null>(null);
	const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
	useEffect(() => {
		if (!sheet) return;
		window.print(); // returns when the print dialog closes
		setSheet(null);
	}, [sheet]);
	const printSheet = () => {
		const g = setUp();
		if (g) setSheet(g);
	};

	return (
		<>
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
				<label class="zz-cr-field">
					<span>{t('classroom.setup.seconds')}</span>
					<select
						value={String(seconds)}
						onChange={(e) => setSeconds(Number(e.currentTarget.value))}
					>
						{SECONDS.map((s) => (
							<option value={String(s)}>
								{s === 0
									? t('classroom.setup.secondsNone')
									: t('classroom.setup.secondsValue', { n: s })}
							</option>
						))}
					</select>
				</label>
				<fieldset>
					<legend>{t('classroom.setup.source')}</legend>
					{(['blueprint', 'paper'] as const).map((s) => (
						<label class="zz-cr-choice">
							<input
								type="radio"
								name="source"
								value={s}
								checked={source === s}
								onChange={() => {
									setSource(s);
									setError('');
								}}
							/>
							{t(`classroom.setup.source.${s}`)}
						</label>
					))}
				</fieldset>
				{source === 'blueprint' ? (
					<>
						<Checks
							legend={t('classroom.setup.powers')}
							all={POWER_IDS}
							chosen={powers}
							label={(p) => POWERS[p].name}
							onChange={setPowers}
						/>
						<Checks
							legend={t('classroom.setup.types')}
							all={CLASSROOM_TYPES}
							chosen={types}
							label={(type) => t(`classroom.type.${type}`)}
							onChange={setTypes}
						/>
						<Checks
							legend={t('classroom.setup.levels')}
							all={ALL_LEVELS}
							chosen={levels}
							label={(level) => t(`classroom.level.${level}`)}
							onChange={setLevels}
						/>
						<p class="zz-muted" aria-live="polite">
							{t('classroom.setup.available', { n: available })}
						</p>
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
							<span>{t('classroom.setup.seed')}</span>
							<input
								type="text"
								inputMode="numeric"
								value={seed}
								onInput={(e) => setSeed(e.currentTarget.value)}
							/>
						</label>
					</>
				) : (
					<div class="zz-cr-paper">
						<label class="zz-cr-field zz-cr-field-wide">
							<span>{t('classroom.setup.paper')}</span>
							<textarea
								rows={3}
								spellcheck={false}
								aria-describedby="zz-cr-paper-hint zz-cr-paper-status"
								value={paperText}
								onInput={(e) => setPaperText(e.currentTarget.value)}
							/>
						</label>
						<p class="zz-muted" id="zz-cr-paper-hint">
							{t('classroom.setup.paperHint')}
						</p>
						<div id="zz-cr-paper-status" aria-live="polite">
							{paper.state === 'bad' && <p class="zz-warning">{paper.text}</p>}
							{paper.state === 'ok' && <PaperSummary paper={paper} />}
						</div>
					</div>
				)}
				<p class="zz-muted">{t('classroom.setup.typesNote')}</p>
				{error && (
					<p class="zz-warning" role="alert">
						{error}
					</p>
				)}
				<div class="zz-cr-buttons">
					<button type="submit" class="zz-cr-button">
						{t('classroom.setup.start')}
					</button>
					<button type="button" class="zz-cr-button" onClick={printSheet}>
						{t('classroom.setup.print')}
					</button>
				</div>
			</form>
			{sheet && <HostSheet game={sheet} byId={byId} />}
		</>
	);
}

function PaperSummary({ paper }: { paper: Extract<PaperState, { state: 'ok' }> }) {
	const { rounds, spec } = paper;
	return (
		<ul class="zz-cr-paper-summary">
			<li>
				{t('classroom.setup.paperOk', {
					title: spec.title,
					total: spec.questions.length,
					n: rounds.questions.length,
				})}
			</li>
			{rounds.unplayable > 0 && (
				<li>{t('classroom.setup.paperUnplayable', { n: rounds.unplayable })}</li>
			)}
			{rounds.missing > 0 && <li>{t('classroom.setup.paperMissing', { n: rounds.missing })}</li>}
			{rounds.over > 0 && (
				<li>{t('classroom.setup.paperOver', { n: rounds.over, max: MAX_QUESTIONS })}</li>
			)}
		</ul>
	);
}
