import { describe, expect, it } from 'vitest';
import { TEACHING_NOTES } from '../../src/content-kinds';
import { readYamlContent } from '../../src/content-kinds/read';
import { displayQuote, inCourseOrder, loadChecklist, planSpans } from '../../src/instructor/notes';
import type { TeachingNote } from '../../src/schemas/teaching-note';

describe('instructor notes data', () => {
	it('puts the seven notes (as the collection loads them) in course order', () => {
		const entries = readYamlContent('.', TEACHING_NOTES).map((f) => ({
			data: f.data as TeachingNote,
		}));
		expect(inCourseOrder(entries.reverse()).map((n) => n.power)).toEqual([
			'overview',
			'leadership',
			'coverage',
			'cohesion',
			'development',
			'renewal',
			'synthesis',
		]);
	});
	it('lays the plan out as running time spans', () => {
		const spans = planSpans([
			{ minutes: 10, activity: '导入', detail: '甲' },
			{ minutes: 25, activity: '讲授', detail: '乙' },
			{ minutes: 55, activity: '研讨', detail: '丙' },
		]);
		expect(spans.map((s) => [s.from, s.to])).toEqual([
			[0, 10],
			[10, 35],
			[35, 90],
		]);
	});
	it('shows quotes with full-width punctuation, words unchanged', () => {
		expect(displayQuote('明确村(社区)党组织党建主体责任,实施')).toBe(
			'明确村（社区）党组织党建主体责任，实施',
		);
	});
	it('loads the checklist', () => {
		expect(loadChecklist()?.sections.length).toBe(5);
	});
});

describe('shortTitle()', () => {
	it('keeps a lesson title up to its first full-width colon', async () => {
		const { shortTitle } = await import('../../src/instructor/notes');
		expect(shortTitle('政治领导力：组织力建设的核心')).toBe('政治领导力');
		expect(shortTitle('教学笔记')).toBe('教学笔记');
	});
});
