/**
 * The online paper (/paper/#p1.…): decodes the link, loads the bank and shows the same questions in the
 * same order as the printed paper, without the key.
 * TODO(lead): when the quiz engine island lands, render it here with
 * `{ questionIds: spec.questions, seed: spec.seed, mode: 'test', quizId: 'paper-' + spec.seed, shuffleOptions: false }`
 * in place of <PaperSheet> so learners answer online and the attempt is recorded.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { decodePaper, type PaperSpec } from '../../instructor/codec';
import type { Question } from '../../schemas/question';
import { withBase } from '../../site/paths';
import { failureText } from './failure-text';
import PaperSheet from './PaperSheet';

const t = makeT(dict);

export default function PaperTest() {
	const [spec, setSpec] = useState<PaperSpec | null>(null);
	const [message, setMessage] = useState('');
	const [bank, setBank] = useState<Question[] | null>(null);

	useEffect(() => {
		const hash = location.hash.replace(/^#/u, '');
		if (!hash) return setMessage(t('instructor.papertest.noPaper'));
		const result = decodePaper(hash);
		if (!result.ok)
			return setMessage(
				t('instructor.papertest.invalid', { reason: failureText(result.reason, result.field) }),
			);
		setSpec(result.value);
		fetch(withBase('/data/questions.json'))
			.then((r) =>
				r.ok ? (r.json() as Promise<Question[]>) : Promise.reject(new Error(String(r.status))),
			)
			.then(setBank)
			.catch(() => setMessage(t('instructor.paper.loadFailed')));
	}, []);

	const byId = useMemo(() => new Map((bank ?? []).map((q) => [q.id, q])), [bank]);
	if (message)
		return (
			<p class="zz-warning" role="alert">
				{message}
			</p>
		);
	if (!spec || !bank) return <p class="zz-muted">{t('instructor.paper.loading')}</p>;
	const missing = spec.questions.filter((id) => !byId.has(id));
	return (
		<div>
			<p class="zz-muted zz-noprint">{t('instructor.papertest.pending')}</p>
			{missing.length > 0 && (
				<p class="zz-warning">{t('instructor.paper.missing', { ids: missing.join('、') })}</p>
			)}
			<PaperSheet
				title={spec.title}
				seed={spec.seed}
				questions={spec.questions
					.map((id) => byId.get(id))
					.filter((q): q is Question => q !== undefined)}
				withKey={false}
			/>
		</div>
	);
}
