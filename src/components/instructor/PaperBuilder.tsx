/**
 * 组卷: a table of counts per capacity × type (with row, column and grand totals, presets, and a reason
 * for every count the bank cannot meet) + a seed → a printable A4 paper with answer sheet and answer
 * key, and a link (/paper/#p1.…) that opens the same paper online. The bank is fetched on demand.
 * Renders only: reading, checking and totalling the counts live in src/instructor/paper-form.ts.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POWER_IDS, POWERS, type PowerId } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { classMistakes, followUpPaper } from '../../instructor/class-insights';
import { openShelf, type SavedClass } from '../../instructor/class-store';
import { encodePaper, isCleanLine, LIMITS } from '../../instructor/codec';
import { availableCounts, drawPaper } from '../../instructor/paper';
import {
	cellKey,
	countsToTexts,
	countsTotal,
	presetCounts,
	presetPerCapacity,
	readCountTable,
	tableProblem,
	type CellProblem,
	type CellTexts,
} from '../../instructor/paper-form';
import type { Question } from '../../schemas/question';
import {
	QUESTION_LEVELS,
	QUESTION_TYPES,
	type QuestionLevel,
	type QuestionType,
} from '../../schemas/question-types';
import { withBase } from '../../site/paths';
import PrintedQuiz from '../quiz/PrintedQuiz';
import { copyText } from './copy-text';
import { PassMarkField } from './PassMarkField';
import { formText, parsePassMark } from './form-text';

const t = makeT(dict);
const randomSeed = () => Math.floor(Math.random() * 0xffffffff);

/** 综合测试's blueprint and pass mark (quizzes/sets/exam.yaml), for the 「综合测试同款」 preset. */
export interface ExamShape {
	perPower: Partial<Record<PowerId, number>>;
	/** Whole percent. */
	passMark: number;
	/** Least share above recall per capacity, 0–1. */
	aboveRecall: number;
}

interface Props {
	exam?: ExamShape | undefined;
}

const inputId = (power: PowerId, type: QuestionType) => `zz-c-${power}-${type}`;
const problemId = (power: PowerId, type: QuestionType) => `zz-cp-${power}-${type}`;

export default function PaperBuilder({ exam }: Props) {
	const [bank, setBank] = useState<Question[] | null>(null);
	const [failed, setFailed] = useState(false);
	const formRef = useRef<HTMLFormElement>(null);
	const seedRef = useRef<HTMLInputElement>(null);
	const [initialSeed] = useState(() => String(randomSeed()));
	const [texts, setTexts] = useState<CellTexts>({});
	const [aboveRecall, setAboveRecall] = useState(false);
	const [levels, setLevels] = useState<ReadonlySet<QuestionLevel>>(() => new Set(QUESTION_LEVELS));
	const [presetNote, setPresetNote] = useState('');
	// Classes saved on 班级汇总 (this browser), for 「只考易错题」.
	const [classes, setClasses] = useState<readonly SavedClass[]>([]);
	const [classId, setClassId] = useState('');
	const [error, setError] = useState('');
	const [copyState, setCopyState] = useState('');
	const [paper, setPaper] = useState<{
		ids: string[];
		seed: number;
		title: string;
		passMark: number;
	} | null>(null);

	useEffect(() => {
		fetch(withBase('/data/questions.json'))
			.then((r) =>
				r.ok ? (r.json() as Promise<Question[]>) : Promise.reject(new Error(String(r.status))),
			)
			.then(setBank)
			.catch(() => setFailed(true));
	}, []);

	useEffect(() => {
		const saved = openShelf().book.classes;
		setClasses(saved);
		setClassId(saved[0]?.id ?? '');
	}, []);

	// The table's rows and columns come from the whole bank; the counts it checks, from the chosen levels.
	const inBank = useMemo(() => (bank ? availableCounts(bank) : null), [bank]);
	const available = useMemo(() => (bank ? availableCounts(bank, levels) : null), [bank, levels]);
	const perLevel = useMemo(
		() =>
			Object.fromEntries(
				QUESTION_LEVELS.map((l) => [l, (bank ?? []).filter((q) => q.level === l).length]),
			) as Record<QuestionLevel, number>,
		[bank],
	);
	const byId = useMemo(() => new Map((bank ?? []).map((q) => [q.id, q])), [bank]);
	const table = useMemo(
		() => (available ? readCountTable(texts, available) : null),
		[texts, available],
	);

	const setSeed = (value: string) => {
		if (seedRef.current) seedRef.current.value = value;
	};
	const setPassMark = (value: number) => {
		const field = formRef.current?.elements.namedItem('passMark');
		if (field instanceof HTMLInputElement) field.value = String(value);
	};

	/** Presets use every level (the whole bank), and set the level boxes back to all. */
	function applyPreset(kind: 'perCapacity' | 'exam' | 'clear') {
		if (!inBank) return;
		setLevels(new Set(QUESTION_LEVELS));
		setError('');
		if (kind === 'clear') {
			setTexts({});
			setAboveRecall(false);
			return setPresetNote(t('instructor.paper.cleared'));
		}
		if (kind === 'perCapacity') {
			const counts = presetPerCapacity(inBank);
			setTexts(countsToTexts(counts));
			setAboveRecall(false);
			return setPresetNote(
				t('instructor.paper.presetApplied', {
					name: t('instructor.paper.presetPerCapacity'),
					n: countsTotal(counts),
				}),
			);
		}
		if (!exam) return;
		const counts = presetCounts(exam.perPower, inBank);
		setTexts(countsToTexts(counts));
		setAboveRecall(exam.aboveRecall > 0);
		setPassMark(exam.passMark);
		const per = Math.max(...Object.values(exam.perPower).map((n) => n ?? 0));
		setPresetNote(
			t('instructor.paper.presetExamApplied', {
				name: t('instructor.paper.presetExam'),
				n: countsTotal(counts),
				per,
				pass: exam.passMark,
			}),
		);
	}

	/** 「只考易错题」: the paper is the saved class's most-missed questions (not counts from the table). */
	function applyMistakes() {
		const c = classes.find((x) => x.id === classId);
		if (!c) return;
		setError('');
		setCopyState('');
		const top = classMistakes(c.codes, (id) => byId.has(id));
		const name = c.className;
		const title = Array.from(t('instructor.paper.mistakesTitle', { name }))
			.slice(0, LIMITS.paperTitle)
			.join('');
		const spec = followUpPaper(top, title);
		if (!spec) {
			setPaper(null);
			return setPresetNote(t('instructor.paper.mistakesNone', { name }));
		}
		const passMark =
			parsePassMark(formText(new FormData(formRef.current!), 'passMark')) ?? spec.passMark;
		setSeed(String(spec.seed));
		setPaper({ ids: spec.questions, seed: spec.seed, title: spec.title, passMark });
		setPresetNote(t('instructor.paper.mistakesApplied', { name, n: spec.questions.length }));
	}

	function problemText({ power, type, problem }: CellProblem): string {
		const vars = {
			power: POWERS[power].name,
			type: t(`instructor.paper.type.${type}`),
			text: (texts[cellKey(power, type)] ?? '').trim(),
			max: available?.[power][type] ?? 0,
		};
		return t(`instructor.paper.problem.${problem.code}`, vars);
	}

	// Title, pass mark and seed are uncontrolled and read on submit; the counts are the table's state.
	function build(event: SubmitEvent) {
		event.preventDefault();
		if (!bank || !table) return;
		setCopyState('');
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const title = formText(form, 'title');
		const refused = tableProblem(table, LIMITS.paperQuestions);
		if (refused?.code === 'cells') {
			const first = table.problems[0]!;
			document.getElementById(inputId(first.power, first.type))?.focus();
			return setError(t('instructor.paper.errorProblems', { n: refused.n }));
		}
		if (refused?.code === 'empty') return setError(t('instructor.paper.errorEmpty'));
		if (refused?.code === 'too-many') {
			return setError(t('instructor.paper.errorTooMany', { max: refused.max, n: refused.n }));
		}
		const passMark = parsePassMark(formText(form, 'passMark'));
		if (passMark === null) return setError(t('instructor.builder.errorPassMark'));
		const s = Number(formText(form, 'seed').trim() || NaN);
		const usedSeed = Number.isInteger(s) && s >= 0 && s <= 0xffffffff ? s : randomSeed();
		const cleanTitle = isCleanLine(title, LIMITS.paperTitle)
			? title.trim()
			: t('instructor.paper.defaultTitle');
		const ids = drawPaper(bank, table.counts, usedSeed, {
			aboveRecall: aboveRecall && exam ? exam.aboveRecall : 0,
			levels,
		});
		setError('');
		setSeed(String(usedSeed));
		setPaper({ ids, seed: usedSeed, title: cleanTitle, passMark });
	}

	if (failed) return <p class="zz-warning">{t('instructor.paper.loadFailed')}</p>;
	if (!bank || !inBank || !available || !table) {
		return <p class="zz-muted">{t('instructor.paper.loading')}</p>;
	}
	if (bank.length === 0) return <p>{t('instructor.paper.bankEmpty')}</p>;

	const powers = POWER_IDS.filter((p) => QUESTION_TYPES.some((ty) => inBank[p][ty] > 0));
	const types = QUESTION_TYPES.filter((ty) => POWER_IDS.some((p) => inBank[p][ty] > 0));
	const toggleLevel = (level: QuestionLevel, on: boolean) =>
		setLevels((old) => {
			const next = new Set(old);
			if (on) next.add(level);
			else next.delete(level);
			return next;
		});
	const problemAt = new Map(table.problems.map((p) => [cellKey(p.power, p.type), p]));
	const link = paper
		? `${location.origin}${withBase('/paper/')}#${encodePaper({ seed: paper.seed, questions: paper.ids, title: paper.title, passMark: paper.passMark })}`
		: '';

	return (
		<div>
			<form ref={formRef} class="zz-form zz-paper-form zz-noprint" onSubmit={build} noValidate>
				<p>{t('instructor.paper.intro')}</p>
				<div class="zz-row">
					<div class="zz-field">
						<label for="zz-ptitle">{t('instructor.paper.paperTitle')}</label>
						<input
							id="zz-ptitle"
							type="text"
							maxLength={LIMITS.paperTitle}
							name="title"
							defaultValue={t('instructor.paper.defaultTitle')}
						/>
					</div>
					<PassMarkField id="zz-ppass" label={t('instructor.builder.passMark')} defaultValue="60" />
					<div class="zz-field">
						<label for="zz-seed">{t('instructor.paper.seed')}</label>
						<input
							id="zz-seed"
							ref={seedRef}
							name="seed"
							type="text"
							inputMode="numeric"
							defaultValue={initialSeed}
						/>
					</div>
				</div>
				<button type="button" class="zz-button" onClick={() => setSeed(String(randomSeed()))}>
					{t('instructor.paper.newSeed')}
				</button>

				<div class="zz-presets" role="group" aria-labelledby="zz-presets-h">
					<span id="zz-presets-h" class="zz-presets-label">
						{t('instructor.paper.presets')}
					</span>
					<button type="button" class="zz-button" onClick={() => applyPreset('perCapacity')}>
						{t('instructor.paper.presetPerCapacity')}
					</button>
					{exam && (
						<button type="button" class="zz-button" onClick={() => applyPreset('exam')}>
							{t('instructor.paper.presetExam')}
						</button>
					)}
					<button type="button" class="zz-button" onClick={() => applyPreset('clear')}>
						{t('instructor.paper.presetClear')}
					</button>
				</div>
				<div class="zz-presets zz-mistakes" role="group" aria-labelledby="zz-mistakes-h">
					<span id="zz-mistakes-h" class="zz-presets-label">
						{t('instructor.paper.mistakes')}
					</span>
					{classes.length === 0 ? (
						<span class="zz-muted">{t('instructor.paper.mistakesNoClass')}</span>
					) : (
						<>
							<label for="zz-mclass" class="sr-only">
								{t('instructor.paper.mistakesClass')}
							</label>
							<select
								id="zz-mclass"
								value={classId}
								onChange={(e) => setClassId(e.currentTarget.value)}
							>
								{classes.map((c) => (
									<option key={c.id} value={c.id}>
										{c.assignmentName ? `${c.className}·${c.assignmentName}` : c.className}
									</option>
								))}
							</select>
							<button type="button" class="zz-button" onClick={applyMistakes}>
								{t('instructor.paper.mistakesBuild')}
							</button>
						</>
					)}
				</div>
				<p class="zz-muted" role="status">
					{presetNote}
				</p>

				<fieldset class="zz-fieldset zz-levels">
					<legend>{t('instructor.paper.levels')}</legend>
					{QUESTION_LEVELS.map((level) => (
						<label key={level} class="zz-check">
							<input
								type="checkbox"
								checked={levels.has(level)}
								onChange={(e) => toggleLevel(level, e.currentTarget.checked)}
							/>
							<span>
								{t('instructor.paper.level', {
									name: t(`instructor.paper.level.${level}`),
									n: perLevel[level],
								})}
							</span>
						</label>
					))}
				</fieldset>
				{exam && exam.aboveRecall > 0 && (
					<label class="zz-check">
						<input
							type="checkbox"
							checked={aboveRecall}
							onChange={(e) => setAboveRecall(e.currentTarget.checked)}
						/>
						<span>
							{t('instructor.paper.aboveRecall', { share: Math.round(exam.aboveRecall * 100) })}
						</span>
					</label>
				)}
				<p class="zz-muted zz-scroll-hint" id="zz-ptable-hint">
					{t('instructor.paper.scrollHint')}
				</p>
				<div
					class="zz-count-wrap"
					role="region"
					aria-labelledby="zz-ptable-cap"
					aria-describedby="zz-ptable-hint"
				>
					<table class="zz-count-table">
						<caption id="zz-ptable-cap">{t('instructor.paper.tableCaption')}</caption>
						<thead>
							<tr>
								<th scope="col">{t('instructor.paper.capacityHeader')}</th>
								{types.map((type) => (
									<th key={type} scope="col">
										{t(`instructor.paper.type.${type}`)}
									</th>
								))}
								<th scope="col">{t('instructor.paper.totalHeader')}</th>
							</tr>
						</thead>
						<tbody>
							{powers.map((power) => (
								<tr key={power}>
									<th scope="row">{POWERS[power].name}</th>
									{types.map((type) => {
										const n = available[power][type];
										const key = cellKey(power, type);
										const problem = problemAt.get(key);
										if (inBank[power][type] === 0) {
											return (
												<td key={type} class="zz-count-none">
													<span aria-hidden="true">—</span>
													<span class="sr-only">{t('instructor.paper.none')}</span>
												</td>
											);
										}
										return (
											<td key={type}>
												<label class="sr-only" for={inputId(power, type)}>
													{t('instructor.paper.countLabel', {
														power: POWERS[power].name,
														type: t(`instructor.paper.type.${type}`),
														n,
													})}
												</label>
												<input
													id={inputId(power, type)}
													class="zz-count"
													type="text"
													inputMode="numeric"
													autoComplete="off"
													name={`count-${power}-${type}`}
													value={texts[key] ?? ''}
													placeholder="0"
													aria-invalid={problem ? 'true' : undefined}
													aria-describedby={problem ? problemId(power, type) : undefined}
													onInput={(e) => {
														const value = e.currentTarget.value;
														setTexts((old) => ({ ...old, [key]: value }));
													}}
												/>
												<span class="zz-count-have" aria-hidden="true">
													{t('instructor.paper.have', { n })}
												</span>
											</td>
										);
									})}
									<td class="zz-count-total">
										<span class="sr-only">
											{t('instructor.paper.rowTotalLabel', { power: POWERS[power].name })}
										</span>
										<output>{table.rowTotals[power]}</output>
									</td>
								</tr>
							))}
						</tbody>
						<tfoot>
							<tr>
								<th scope="row">{t('instructor.paper.totalHeader')}</th>
								{types.map((type) => (
									<td key={type} class="zz-count-total">
										<span class="sr-only">
											{t('instructor.paper.columnTotalLabel', {
												type: t(`instructor.paper.type.${type}`),
											})}
										</span>
										<output>{table.columnTotals[type]}</output>
									</td>
								))}
								<td class="zz-count-total zz-count-grand">
									<output data-grand-total>{table.total}</output>
								</td>
							</tr>
						</tfoot>
					</table>
				</div>
				<p class="zz-count-summary" role="status">
					{t('instructor.paper.summary', { n: table.total, max: LIMITS.paperQuestions })}
				</p>
				{table.problems.length > 0 && (
					<div class="zz-count-problems">
						<p>{t('instructor.paper.problemsHeading')}</p>
						<ul>
							{table.problems.map((p) => (
								<li key={cellKey(p.power, p.type)} id={problemId(p.power, p.type)}>
									{problemText(p)}
								</li>
							))}
						</ul>
					</div>
				)}
				<p class="zz-error" role="alert">
					{error}
				</p>
				<button type="submit" class="zz-button primary">
					{t('instructor.paper.build')}
				</button>
			</form>
			{paper && (
				<>
					<div class="zz-noprint">
						<label for="zz-plink">{t('instructor.paper.onlineLink')}</label>
						<textarea id="zz-plink" class="zz-code" readOnly rows={3} value={link} />
						<div class="zz-actions">
							<button
								type="button"
								class="zz-button"
								onClick={() =>
									void copyText(link, document.getElementById('zz-plink')).then((ok) =>
										setCopyState(t(ok ? 'instructor.paper.copied' : 'instructor.paper.copyFailed')),
									)
								}
							>
								{t('instructor.paper.copy')}
							</button>
							<button type="button" class="zz-button" onClick={() => window.print()}>
								{t('instructor.paper.print')}
							</button>
						</div>
						<p role="status" class="zz-muted">
							{copyState}
						</p>
					</div>
					<div class="zz-paper">
						<PrintedQuiz
							idPrefix="zz-paper"
							title={paper.title}
							level={2}
							seed={paper.seed}
							passMark={paper.passMark}
							questions={paper.ids
								.map((id) => byId.get(id))
								.filter((q): q is Question => q !== undefined)}
							groupByType
						/>
					</div>
				</>
			)}
		</div>
	);
}
