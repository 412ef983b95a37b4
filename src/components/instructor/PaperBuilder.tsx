/**
 * 组卷: counts per capacity and type + a seed → a printable A4 paper with answer sheet and answer key,
 * and a link (/paper/#p1.…) that opens the same paper online. The bank is fetched on demand.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POWER_IDS, POWERS } from '../../article/powers';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { encodePaper, isCleanLine, LIMITS } from '../../instructor/codec';
import { availableCounts, drawPaper, type PaperCounts } from '../../instructor/paper';
import type { Question } from '../../schemas/question';
import { QUESTION_TYPES } from '../../schemas/question-types';
import { withBase } from '../../site/paths';
import PrintedQuiz from '../quiz/PrintedQuiz';
import { PassMarkField } from './PassMarkField';
import { formText, parsePassMark } from './form-text';

const t = makeT(dict);
const randomSeed = () => Math.floor(Math.random() * 0xffffffff);

export default function PaperBuilder() {
	const [bank, setBank] = useState<Question[] | null>(null);
	const [failed, setFailed] = useState(false);
	const seedRef = useRef<HTMLInputElement>(null);
	const [initialSeed] = useState(() => String(randomSeed()));
	const [error, setError] = useState('');
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

	const available = useMemo(() => (bank ? availableCounts(bank) : null), [bank]);
	const byId = useMemo(() => new Map((bank ?? []).map((q) => [q.id, q])), [bank]);

	const setSeed = (value: string) => {
		if (seedRef.current) seedRef.current.value = value;
	};

	// Fields are uncontrolled and read on submit, so nothing typed before hydration is lost.
	function build(event: SubmitEvent) {
		event.preventDefault();
		if (!bank) return;
		const form = new FormData(event.currentTarget as HTMLFormElement);
		const title = formText(form, 'title');
		const counts: PaperCounts = {};
		for (const power of POWER_IDS) {
			for (const type of QUESTION_TYPES) {
				const n = Math.max(0, Math.floor(Number(formText(form, `count-${power}-${type}`)) || 0));
				if (n > 0) counts[power] = { ...counts[power], [type]: n };
			}
		}
		const passMark = parsePassMark(formText(form, 'passMark'));
		if (passMark === null) return setError(t('instructor.builder.errorPassMark'));
		const s = Number(formText(form, 'seed').trim() || NaN);
		const usedSeed = Number.isInteger(s) && s >= 0 && s <= 0xffffffff ? s : randomSeed();
		const cleanTitle = isCleanLine(title, LIMITS.paperTitle)
			? title.trim()
			: t('instructor.paper.defaultTitle');
		const ids = drawPaper(bank, counts, usedSeed).slice(0, LIMITS.paperQuestions);
		if (ids.length === 0) return setError(t('instructor.paper.errorEmpty'));
		setError('');
		setSeed(String(usedSeed));
		setPaper({ ids, seed: usedSeed, title: cleanTitle, passMark });
	}

	if (failed) return <p class="zz-warning">{t('instructor.paper.loadFailed')}</p>;
	if (!bank || !available) return <p class="zz-muted">{t('instructor.paper.loading')}</p>;
	if (bank.length === 0) return <p>{t('instructor.paper.bankEmpty')}</p>;

	const link = paper
		? `${location.origin}${withBase('/paper/')}#${encodePaper({ seed: paper.seed, questions: paper.ids, title: paper.title, passMark: paper.passMark })}`
		: '';

	return (
		<div>
			<form class="zz-form zz-noprint" onSubmit={build} noValidate>
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
				{POWER_IDS.filter((p) => QUESTION_TYPES.some((ty) => available[p][ty] > 0)).map((power) => (
					<fieldset key={power} class="zz-fieldset">
						<legend>{POWERS[power].name}</legend>
						<div class="zz-row">
							{QUESTION_TYPES.filter((ty) => available[power][ty] > 0).map((type) => (
								<div key={type} class="zz-field">
									<label for={`zz-c-${power}-${type}`}>
										{t('instructor.paper.countLabel', {
											power: POWERS[power].name,
											type: t(`instructor.paper.type.${type}`),
											n: available[power][type],
										})}
									</label>
									<input
										id={`zz-c-${power}-${type}`}
										class="zz-count"
										type="number"
										min={0}
										max={available[power][type]}
										name={`count-${power}-${type}`}
										defaultValue="0"
									/>
								</div>
							))}
						</div>
					</fieldset>
				))}
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
							<button type="button" class="zz-button" onClick={() => window.print()}>
								{t('instructor.paper.print')}
							</button>
						</div>
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
