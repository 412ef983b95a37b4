/**
 * 课堂竞答 results: podium, per-capacity results for the room, the questions the room missed and
 * 「生成课后巩固作业」. Loaded on demand by ./Classroom.tsx (not needed to set up or run the game).
 */
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { POWERS } from '../../article/powers';
import { missed, powerResults, standings, type Action, type GameState } from '../../classroom/game';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import type { Question } from '../../schemas/question';

const t = makeT(dict);

export interface ResultsProps {
	game: GameState;
	bank: Question[];
	dispatch: (a: Action) => void;
	onRestart: () => void;
}

export default function Results({ game, bank, dispatch, onRestart }: ResultsProps) {
	const [FollowUp, setFollowUp] = useState<ComponentType<{ game: GameState }> | null>(null);
	const byId = useMemo(() => new Map(bank.map((q) => [q.id, q])), [bank]);
	const missedIds = missed(game);
	const heading = useRef<HTMLHeadingElement>(null);
	useEffect(() => heading.current?.focus(), []);

	const makeLink = () => void import('./FollowUp').then((m) => setFollowUp(() => m.default));

	return (
		<section
			class="zz-cr-results not-content"
			aria-labelledby="zz-cr-results-h"
			data-teams={game.settings.teams.length}
		>
			<h2 id="zz-cr-results-h" tabIndex={-1} ref={heading}>
				{t('classroom.end.heading')}
			</h2>
			<p class="zz-cr-results-seed">{t('classroom.end.seed', { seed: game.settings.seed })}</p>
			<div class="zz-cr-results-room">
				<h3>{t('classroom.end.podium')}</h3>
				<ol class="zz-cr-podium">
					{standings(game).map((s) => (
						<li data-place={s.place}>
							<span class="zz-cr-place">{t('classroom.end.place', { n: s.place })}</span>
							<span class="zz-cr-team-name">{s.name}</span>
							<span class="zz-cr-team-score">{t('classroom.board.score', { n: s.score })}</span>
						</li>
					))}
				</ol>
				<h3>{t('classroom.end.powers')}</h3>
				<table class="zz-cr-table">
					<thead>
						<tr>
							<th scope="col">{t('classroom.end.power')}</th>
							<th scope="col">{t('classroom.end.asked')}</th>
							<th scope="col">{t('classroom.end.right')}</th>
						</tr>
					</thead>
					<tbody>
						{powerResults(game, bank).map((r) => (
							<tr>
								<th scope="row">{POWERS[r.power].name}</th>
								<td>{r.asked}</td>
								<td>{r.right}</td>
							</tr>
						))}
					</tbody>
				</table>
			</div>
			<div class="zz-cr-results-missed">
				<h3>{t('classroom.end.missed')}</h3>
				{missedIds.length === 0 ? (
					<p>{t('classroom.end.noneMissed')}</p>
				) : (
					<>
						<ol class="zz-cr-missed">
							{missedIds.map((id) => (
								<li data-question-id={id}>{byId.get(id)?.stem ?? id}</li>
							))}
						</ol>
						<button type="button" class="zz-cr-button" onClick={makeLink}>
							{t('classroom.end.followUp')}
						</button>
					</>
				)}
				{FollowUp && <FollowUp game={game} />}
			</div>
			<div class="zz-cr-buttons zz-cr-results-host">
				<button type="button" onClick={() => dispatch({ type: 'undo', at: Date.now() })}>
					{t('classroom.end.back')}
				</button>
				<button type="button" onClick={onRestart}>
					{t('classroom.end.again')}
				</button>
			</div>
		</section>
	);
}
