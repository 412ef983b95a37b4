/**
 * 我的作业 (learner side): opening an assignment link shows what was assigned — as text — and asks to
 * accept it; accepted assignments show a checklist with live status and the due date, can be removed,
 * and each can produce a 学习回执. Nothing from the link is stored before 接受作业.
 * Storage goes through src/instructor/assignment-repo.ts; progress through progress-source.ts.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import dict from '../../i18n/zh-CN/instructor.json';
import { makeT } from '../../i18n/translate';
import { assignmentRepository, type AcceptedAssignment } from '../../instructor/assignment-repo';
import { localDate } from '../../instructor/next-due';
import type { CatalogItem } from '../../instructor/catalog';
import { decodeAssignment, type Assignment } from '../../instructor/codec';
import { failureText } from './failure-text';
import { splitRef } from '../../instructor/items';
import { readProgressSnapshot, subscribeProgress } from '../../instructor/progress-source';
import { assignmentProgress, type ProgressSnapshot } from '../../instructor/status';
import { itemTitle } from './item-title';
import ReceiptForm from './ReceiptForm';

const t = makeT(dict);

type Offer =
	| { state: 'none' }
	| { state: 'offered'; assignment: Assignment }
	| { state: 'invalid'; message: string };

export default function AssignmentCenter({ catalog }: { catalog: CatalogItem[] }) {
	const byRef = useMemo(() => new Map(catalog.map((c) => [c.ref, c])), [catalog]);
	const [ready, setReady] = useState(false);
	const [offer, setOffer] = useState<Offer>({ state: 'none' });
	const [list, setList] = useState<AcceptedAssignment[]>([]);
	const [snapshot, setSnapshot] = useState<ProgressSnapshot>(readProgressSnapshot());
	const [notice, setNotice] = useState('');
	const [confirming, setConfirming] = useState<string | null>(null);

	useEffect(() => {
		const refresh = () => setList(assignmentRepository.list());
		const readHash = () => {
			const hash = location.hash.replace(/^#/u, '');
			if (!hash) return setOffer({ state: 'none' });
			const result = decodeAssignment(hash);
			setOffer(
				result.ok
					? { state: 'offered', assignment: result.value }
					: { state: 'invalid', message: failureText(result.reason, result.field) },
			);
		};
		refresh();
		readHash();
		setSnapshot(readProgressSnapshot());
		setReady(true);
		const offRepo = assignmentRepository.subscribe(refresh);
		const offProgress = subscribeProgress(() => setSnapshot(readProgressSnapshot()));
		window.addEventListener('hashchange', readHash);
		return () => {
			offRepo();
			offProgress();
			window.removeEventListener('hashchange', readHash);
		};
	}, []);

	function clearHash() {
		history.replaceState(null, '', location.pathname + location.search);
		setOffer({ state: 'none' });
	}

	function accept(a: Assignment) {
		assignmentRepository.accept(a);
		clearHash();
		setNotice(t('instructor.assignment.accepted', { name: a.className }));
	}

	const offered = offer.state === 'offered' ? offer.assignment : null;
	const already = offered ? list.some((e) => e.assignment.id === offered.id) : false;

	if (!ready) return <p class="zz-muted">{t('instructor.assignment.loading')}</p>;

	return (
		<div class="zz-center">
			{!assignmentRepository.persistent && (
				<p class="zz-warning" role="status">
					{t('instructor.assignment.memoryOnly')}
				</p>
			)}
			<p role="status" class="zz-notice">
				{notice}
			</p>

			{offer.state === 'invalid' && (
				<div class="zz-warning" role="alert">
					<p>{t('instructor.assignment.invalid', { reason: offer.message })}</p>
					<p>{t('instructor.assignment.invalidHint')}</p>
				</div>
			)}

			{offered && (
				<section class="zz-offer" aria-labelledby="zz-offer-h">
					<h2 id="zz-offer-h">{t('instructor.assignment.offered')}</h2>
					{already ? (
						<p>{t('instructor.assignment.alreadyAccepted')}</p>
					) : (
						<p class="zz-muted">{t('instructor.assignment.offeredHint')}</p>
					)}
					<AssignmentFacts assignment={offered} />
					{/* The decision right after what it is about (class, due date): on a 360 px phone 接受作业 is on the first screen (the list follows). */}
					<div class="zz-actions">
						{!already && (
							<button type="button" class="zz-button primary" onClick={() => accept(offered)}>
								{t('instructor.assignment.accept')}
							</button>
						)}
						<button type="button" class="zz-button" onClick={clearHash}>
							{t('instructor.assignment.dismiss')}
						</button>
					</div>
					<h3>{t('instructor.assignment.items')}</h3>
					<ul>
						{offered.items.map((ref) => (
							<li key={ref}>
								{t('instructor.sheet.item', {
									kind: t(`instructor.kind.${splitRef(ref).kind}`),
									title: itemTitle(ref, byRef, t),
								})}
							</li>
						))}
					</ul>
				</section>
			)}

			<section aria-labelledby="zz-list-h">
				<h2 id="zz-list-h">{t('instructor.assignment.list')}</h2>
				{list.length === 0 && <p>{t('instructor.assignment.empty')}</p>}
				{list.map((entry) => {
					const a = entry.assignment;
					const items = assignmentProgress(a, snapshot);
					const done = items.filter((i) => i.status === 'done').length;
					const overdue = a.due !== null && a.due < localDate() && done < items.length;
					return (
						<article
							key={a.id}
							class="zz-card"
							aria-labelledby={`zz-a-${a.id}`}
							data-assignment={a.id}
						>
							<h3 id={`zz-a-${a.id}`}>{a.className}</h3>
							<AssignmentFacts assignment={a} />
							<p>
								<strong>
									{t('instructor.assignment.progress', { done, total: items.length })}
								</strong>
								{overdue && <span class="zz-badge warn">{t('instructor.assignment.overdue')}</span>}
							</p>
							<ul class="zz-status-list" aria-label={t('instructor.assignment.items')}>
								{items.map((item) => {
									const href = byRef.get(item.ref)?.href;
									const title = itemTitle(item.ref, byRef, t);
									return (
										<li key={item.ref} data-status={item.status}>
											<span class={`zz-badge ${item.status}`}>
												{t(`instructor.status.${item.status}`)}
											</span>{' '}
											{/* One run of text, so 「课程：」 wraps with its title, not alone on a line. */}
											<span class="zz-status-item">
												{t('instructor.kind.prefix', {
													kind: t(`instructor.kind.${splitRef(item.ref).kind}`),
												})}
												{href ? <a href={href}>{title}</a> : title}
											</span>
											{item.score !== null && (
												<span class="zz-muted">
													{' '}
													{t('instructor.status.score', { n: item.score })}{' '}
													{t(item.passed ? 'instructor.status.passed' : 'instructor.status.failed')}
												</span>
											)}
										</li>
									);
								})}
							</ul>
							<p class="zz-muted">{t('instructor.assignment.statusFromStore')}</p>
							<ReceiptForm entry={entry} snapshot={snapshot} />
							{confirming === a.id ? (
								<div class="zz-confirm" role="group" aria-label={t('instructor.assignment.remove')}>
									<p>{t('instructor.assignment.removeConfirm', { name: a.className })}</p>
									<div class="zz-actions">
										<button
											type="button"
											class="zz-button danger"
											onClick={() => {
												assignmentRepository.remove(a.id);
												setConfirming(null);
											}}
										>
											{t('instructor.assignment.removeYes')}
										</button>
										<button type="button" class="zz-button" onClick={() => setConfirming(null)}>
											{t('instructor.assignment.removeNo')}
										</button>
									</div>
								</div>
							) : (
								<button type="button" class="zz-button" onClick={() => setConfirming(a.id)}>
									{t('instructor.assignment.remove')}
								</button>
							)}
						</article>
					);
				})}
			</section>
		</div>
	);
}

function AssignmentFacts({ assignment: a }: { assignment: Assignment }) {
	return (
		<dl class="zz-facts">
			<dt>{t('instructor.assignment.class')}</dt>
			<dd>{a.className}</dd>
			<dt>{t('instructor.assignment.due')}</dt>
			<dd>{a.due ?? t('instructor.assignment.noDue')}</dd>
			<dt>{t('instructor.assignment.passMark')}</dt>
			<dd>{a.passMark}%</dd>
			{a.note && (
				<>
					<dt>{t('instructor.assignment.note')}</dt>
					<dd class="zz-note">{a.note}</dd>
				</>
			)}
		</dl>
	);
}
