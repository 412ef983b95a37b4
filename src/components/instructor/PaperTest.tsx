/**
 * The online paper (/paper/#p1.…): decodes the link and runs the quiz engine in test mode on the same
 * question ids with the same seed, so questions, options and letters match the printed paper
 * (both lay questions out with src/quiz/layout.ts). The finished attempt goes to the progress store as
 * quiz `paper-<seed>`. Ids this site's bank lacks (a link from a newer bank, or a mistyped one) are
 * named in a notice, never dropped silently; a changed link in the same tab (`hashchange`) opens the
 * new paper.
 */
import { useEffect, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { decodePaper, type PaperSpec } from '../../instructor/codec';
import { paperAvailability } from '../../instructor/paper';
import { fetchBank } from '../../quiz/bank-client';
import { Quiz } from '../quiz/Quiz';
import { failureText } from './failure-text';

const t = makeT(dict);

type View =
	| { state: 'loading' }
	| { state: 'message'; text: string }
	| { state: 'paper'; hash: string; spec: PaperSpec; present: string[]; missing: number };

async function open(hash: string): Promise<View> {
	if (!hash) return { state: 'message', text: t('instructor.papertest.noPaper') };
	const result = decodePaper(hash);
	if (!result.ok)
		return {
			state: 'message',
			text: t('instructor.papertest.invalid', {
				reason: failureText(result.reason, result.field),
			}),
		};
	let bankIds: Set<string>;
	try {
		bankIds = new Set((await fetchBank()).map((q) => q.id));
	} catch {
		return { state: 'message', text: t('instructor.papertest.bankError') };
	}
	const { present, missing } = paperAvailability(result.value.questions, bankIds);
	if (present.length === 0) return { state: 'message', text: t('instructor.papertest.allMissing') };
	return { state: 'paper', hash, spec: result.value, present, missing: missing.length };
}

export default function PaperTest() {
	const [view, setView] = useState<View>({ state: 'loading' });

	useEffect(() => {
		let current = 0;
		const load = () => {
			const run = ++current;
			setView({ state: 'loading' });
			void open(location.hash.replace(/^#/u, '')).then((next) => {
				if (run === current) setView(next);
			});
		};
		load();
		window.addEventListener('hashchange', load);
		return () => window.removeEventListener('hashchange', load);
	}, []);

	if (view.state === 'loading') return <p class="zz-muted">{t('instructor.paper.loading')}</p>;
	if (view.state === 'message')
		return (
			<p class="zz-warning" role="alert">
				{view.text}
			</p>
		);
	const { spec } = view;
	return (
		<>
			{view.missing > 0 && (
				<p class="zz-warning" role="alert">
					{t('instructor.papertest.someMissing', {
						missing: view.missing,
						total: spec.questions.length,
						present: view.present.length,
					})}
				</p>
			)}
			<Quiz
				key={view.hash}
				quizId={`paper-${spec.seed}`}
				kind="custom"
				mode="test"
				passMark={spec.passMark / 100}
				source={{ ids: view.present }}
				seed={spec.seed}
				title={spec.title}
			/>
		</>
	);
}
