/**
 * 课后巩固作业: the /paper/ link of the missed questions and its QR. Loaded on demand from the results
 * (the QR encoder and the link codec are not needed while the game runs).
 */
import { followUpPayload } from '../../classroom/follow-up';
import type { GameState } from '../../classroom/game';
import dict from '../../i18n/zh-CN/classroom.json';
import { makeT } from '../../i18n/translate';
import { withBase } from '../../site/paths';
import { QrCode } from '../instructor/QrCode';

const t = makeT(dict);

export default function FollowUp({ game }: { game: GameState }) {
	const payload = followUpPayload(game, t('classroom.end.paperTitle'));
	if (!payload) return null;
	const link = new URL(`${withBase('/paper/')}#${payload}`, location.href).href;
	return (
		<div class="zz-cr-follow">
			<p>
				<a href={link}>{t('classroom.end.link')}</a>
			</p>
			<p class="zz-cr-url">{link}</p>
			<QrCode text={link} label={t('classroom.end.qr')} />
		</div>
	);
}
