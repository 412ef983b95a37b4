/**
 * 课堂竞答 主持人题单: every question of the game in play order with its answer, 原文 quote and 「第 N 段」,
 * for the host to print (P on the stage, or the browser's print). Shown only on paper
 * (`.print-only`); the stage is hidden there (classroom.css).
 */
import { POWERS } from '../../article/powers';
import type { GameState } from '../../classroom/game';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import type { Question } from '../../schemas/question';
import { AnswerBody, Options, SourceQuote } from './QuestionParts';

const t = makeT(dict);

export function HostSheet({ game, byId }: { game: GameState; byId: Map<string, Question> }) {
	const { settings } = game;
	return (
		<section class="zz-cr-sheet print-only" aria-labelledby="zz-cr-sheet-h">
			<h2 id="zz-cr-sheet-h">{t('classroom.sheet.heading')}</h2>
			<p>
				{t('classroom.sheet.meta', {
					mode: t(`classroom.mode.${settings.mode}`),
					teams: settings.teams.length,
					n: game.questions.length,
					time:
						settings.seconds === 0
							? t('classroom.stage.timeNone')
							: t('classroom.setup.secondsValue', { n: settings.seconds }),
					seed: settings.seed,
				})}
			</p>
			{settings.rounds.kind === 'paper' && (
				<p>{t('classroom.sheet.paper', { title: settings.rounds.title })}</p>
			)}
			<p>{t('classroom.sheet.note')}</p>
			<ol class="zz-cr-sheet-list">
				{game.questions.map((id, i) => {
					const q = byId.get(id);
					if (!q) return null;
					return (
						<li data-question-id={id}>
							<p class="zz-cr-sheet-meta">
								{t('classroom.sheet.item', {
									n: i + 1,
									power: POWERS[q.power].name,
									type: t(`classroom.type.${q.type as 'single'}`),
									level: t(`classroom.level.${q.level}`),
								})}
							</p>
							<p class="zz-cr-sheet-stem">{q.stem}</p>
							<Options question={q} seed={settings.seed} />
							<div class="zz-cr-sheet-answer">
								<p class="zz-cr-points-h">{t('classroom.stage.answer')}</p>
								<AnswerBody question={q} seed={settings.seed} model />
								<SourceQuote question={q} />
							</div>
						</li>
					);
				})}
			</ol>
		</section>
	);
}
