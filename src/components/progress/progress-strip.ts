/**
 * Client side of ProgressStrip.astro (every page — keep it small: no Preact, no FSRS).
 * Starts the progress store, mirrors its state into the strip (summary, notices, font size) and,
 * on lesson pages, records the visit and marks the lesson read when its end marker is seen.
 * The end marker is the element with `data-lesson-end` if the lesson has one, else the last
 * element of the lesson's content.
 */
import { format } from '../../i18n/translate';
import { completedCount, streak } from '../../progress/derive';
import { downloadText } from '../../progress/download';
import { applyFontSize } from '../../progress/font-size';
import { FONT_SIZES, type FontSize } from '../../progress/schema';
import {
	$progress,
	backupFile,
	dismissBackups,
	initProgress,
	markLessonRead,
	recordLessonVisit,
	setFontSize,
} from '../../progress/store';

function isFontSize(value: string | undefined): value is FontSize {
	return (FONT_SIZES as readonly string[]).includes(value ?? '');
}

function watchLessonEnd(root: HTMLElement, lessonId: string): void {
	const marker =
		document.querySelector('[data-lesson-end]') ??
		document.querySelector('.sl-markdown-content')?.lastElementChild;
	if (!marker || !('IntersectionObserver' in window)) return;
	const observer = new IntersectionObserver((entries) => {
		if (entries.some((e) => e.isIntersecting)) {
			observer.disconnect();
			if ($progress.get().doc.lessons[lessonId]?.readAt === undefined) markLessonRead(lessonId);
		}
	});
	observer.observe(marker);
	root.dataset['watching'] = 'true';
}

export function startProgressStrip(): void {
	const root = document.querySelector<HTMLElement>('zz-progress-strip');
	if (!root) return;
	initProgress();
	const lessons = (root.dataset['lessons'] ?? '').split(',').filter(Boolean);
	const summary = root.querySelector<HTMLElement>('[data-summary]');
	const backupNotice = root.querySelector<HTMLElement>('[data-notice="backup"]');
	const memoryNotice = root.querySelector<HTMLElement>('[data-notice="memory"]');

	root.addEventListener('click', (event) => {
		const target = event.target instanceof Element ? event.target.closest('button') : null;
		if (!target) return;
		const size = target.dataset['fontSizeOption'];
		if (isFontSize(size)) {
			applyFontSize(size);
			setFontSize(size);
		} else if (target.dataset['action'] === 'download-backup') {
			const file = backupFile();
			if (file) downloadText(file.fileName, file.text);
		} else if (target.dataset['action'] === 'dismiss-backup') {
			dismissBackups();
		}
	});

	$progress.subscribe((state) => {
		if (!state.ready) return;
		const { doc } = state;
		if (summary) {
			const parts = [
				format(summary.dataset['template'] ?? '', {
					done: completedCount(doc, lessons),
					total: lessons.length,
				}),
			];
			const days = streak(doc, Date.now());
			if (days > 0) parts.push(format(summary.dataset['streakTemplate'] ?? '', { days }));
			summary.textContent = parts.join(' · ');
		}
		applyFontSize(doc.settings.fontSize);
		for (const button of root.querySelectorAll<HTMLElement>('[data-font-size-option]'))
			button.setAttribute(
				'aria-pressed',
				String(button.dataset['fontSizeOption'] === doc.settings.fontSize),
			);
		if (backupNotice) {
			backupNotice.hidden = state.backups.length === 0;
			const reasons = new Set(state.backups.map((b) => b.reason));
			for (const p of backupNotice.querySelectorAll<HTMLElement>('[data-reason]'))
				p.hidden = !reasons.has(p.dataset['reason'] as never);
			const memory = backupNotice.querySelector<HTMLElement>('[data-backup-memory]');
			if (memory) memory.hidden = !state.backupsInMemoryOnly;
		}
		if (memoryNotice) {
			memoryNotice.hidden = state.health === 'ok';
			for (const p of memoryNotice.querySelectorAll<HTMLElement>('[data-health]'))
				p.hidden = p.dataset['health'] !== state.health;
		}
	});

	const lessonId = root.dataset['lessonId'];
	if (lessonId) {
		const path = location.pathname.replace(/^.*?(lessons\/)/u, '$1');
		recordLessonVisit(lessonId, { path, title: root.dataset['lessonTitle'] ?? '' });
		watchLessonEnd(root, lessonId);
	}
}
