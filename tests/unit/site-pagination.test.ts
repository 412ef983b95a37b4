import { describe, expect, it } from 'vitest';
import { siblingLinks, withinGroup } from '../../src/site/pagination';

const link = (href: string, isCurrent = false) => ({ type: 'link' as const, href, isCurrent });
const sidebar = (current: string) => [
	link('/', current === '/'),
	{
		type: 'group' as const,
		entries: ['/lessons/a/', '/lessons/b/', '/lessons/c/'].map((h) => link(h, h === current)),
	},
	link('/assignment/', current === '/assignment/'),
	{
		type: 'group' as const,
		entries: ['/instructor/', '/instructor/class/'].map((h) => link(h, h === current)),
	},
];

describe('previous/next stay inside their group', () => {
	it('a lesson links to the lessons beside it', () => {
		const p = withinGroup(sidebar('/lessons/b/'), {
			prev: link('/lessons/a/'),
			next: link('/lessons/c/'),
		});
		expect([p.prev?.href, p.next?.href]).toEqual(['/lessons/a/', '/lessons/c/']);
	});
	it('the last lesson does not lead out of the course', () => {
		const p = withinGroup(sidebar('/lessons/c/'), {
			prev: link('/lessons/b/'),
			next: link('/assignment/'),
		});
		expect([p.prev?.href, p.next]).toEqual(['/lessons/b/', undefined]);
	});
	it('a page on its own (我的作业) has neither', () => {
		const p = withinGroup(sidebar('/assignment/'), {
			prev: link('/lessons/c/'),
			next: link('/instructor/'),
		});
		expect(p).toEqual({ prev: undefined, next: undefined });
	});
	it('the first instructor page does not lead back to learner pages', () => {
		const p = withinGroup(sidebar('/instructor/'), {
			prev: link('/assignment/'),
			next: link('/instructor/class/'),
		});
		expect([p.prev, p.next?.href]).toEqual([undefined, '/instructor/class/']);
	});
	it('a page outside the sidebar has no siblings', () => {
		expect(siblingLinks(sidebar('/nowhere/'))).toEqual([]);
	});
});
