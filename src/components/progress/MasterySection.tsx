/**
 * 我的学习 › 五力掌握度: the radar and its table, with each capacity split into 记忆 (recall) and
 * 理解及以上 (understand, apply, analyze), so "I remember the words but cannot apply them" shows.
 * Owns: the section's markup. Must not: compute mastery (src/progress/derive.ts).
 */
import dict from '../../i18n/zh-CN/progress.json';
import { makeT } from '../../i18n/translate';
import { mastery, masteryByLevel } from '../../progress/derive';
import type { ProgressDoc } from '../../progress/schema';
import { Radar } from './Radar';

const t = makeT(dict);

export function MasterySection(props: {
	doc: ProgressDoc;
	capacities: { id: string; name: string }[];
	/** Question id → level, from the bank (questions without a level are left out of the split). */
	levels: Record<string, string>;
}) {
	const { doc, capacities, levels } = props;
	const overall = new Map(mastery(doc).map((m) => [m.power as string, m]));
	const split = new Map(masteryByLevel(doc, levels).map((m) => [m.power as string, m]));
	return (
		<section aria-labelledby="mastery">
			<h2 id="mastery">{t('progress.me.mastery')}</h2>
			<p>{t('progress.me.masteryRule')}</p>
			<p>{t('progress.me.levelRule')}</p>
			<Radar
				data={capacities.map((c) => ({
					label: c.name,
					value: overall.get(c.id)?.value ?? 0,
					answered: overall.get(c.id)?.answered ?? 0,
					recall: split.get(c.id)?.recall ?? { value: 0, answered: 0 },
					applied: split.get(c.id)?.applied ?? { value: 0, answered: 0 },
				}))}
			/>
		</section>
	);
}
