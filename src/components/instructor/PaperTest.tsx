/**
 * The online paper (/paper/#p1.…): decodes the link and runs the quiz engine in test mode on the same
 * question ids with the same seed, so questions, options and letters match the printed paper
 * (both lay questions out with src/quiz/layout.ts). The finished attempt goes to the progress store as
 * quiz `paper-<seed>`.
 */
import { useEffect, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { decodePaper, type PaperSpec } from '../../instructor/codec';
import { Quiz } from '../quiz/Quiz';
import { failureText } from './failure-text';

const t = makeT(dict);

export default function PaperTest() {
	const [spec, setSpec] = useState<PaperSpec | null>(null);
	const [message, setMessage] = useState('');

	useEffect(() => {
		const hash = location.hash.replace(/^#/u, '');
		if (!hash) return setMessage(t('instructor.papertest.noPaper'));
		const result = decodePaper(hash);
		if (!result.ok)
			return setMessage(
				t('instructor.papertest.invalid', { reason: failureText(result.reason, result.field) }),
			);
		setSpec(result.value);
	}, []);

	if (message)
		return (
			<p class="zz-warning" role="alert">
				{message}
			</p>
		);
	if (!spec) return <p class="zz-muted">{t('instructor.paper.loading')}</p>;
	return (
		<Quiz
			quizId={`paper-${spec.seed}`}
			kind="custom"
			mode="test"
			passMark={spec.passMark / 100}
			source={{ ids: spec.questions }}
			seed={spec.seed}
			title={spec.title}
		/>
	);
}
