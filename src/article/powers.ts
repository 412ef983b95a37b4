/**
 * The article's five capacities (五力) plus the overview and synthesis lessons.
 *
 * Owns: the stable power ids used everywhere (frontmatter `power:`, quiz tags, URLs, storage), their
 * names, roles and section headings as the article states them, and which paragraphs each covers.
 * Must not: hold UI wording (that lives in src/i18n) or anything derived from learner state.
 */

/** Every power id, in course order. */
export const POWER_IDS = [
	'overview',
	'leadership',
	'coverage',
	'cohesion',
	'development',
	'renewal',
	'synthesis',
] as const;
export type PowerId = (typeof POWER_IDS)[number];

/** The five capacities proper, in the article's order (no overview, no synthesis). */
export const CAPACITY_IDS = [
	'leadership',
	'coverage',
	'cohesion',
	'development',
	'renewal',
] as const;
export type CapacityId = (typeof CAPACITY_IDS)[number];

export interface PowerInfo {
	id: PowerId;
	/** The capacity's name in the article, e.g. 政治领导力. */
	name: string;
	/** Its role in the article (核心/基础/动力/关键/保障); empty for overview and synthesis. */
	role: string;
	/** The article's section heading, or '' where the power has none. */
	heading: string;
	/** Paragraph ids (p1…p14) of the section; empty for synthesis, which spans the whole article. */
	paragraphs: readonly ParagraphId[];
}

export const PARAGRAPH_IDS = [
	'p1',
	'p2',
	'p3',
	'p4',
	'p5',
	'p6',
	'p7',
	'p8',
	'p9',
	'p10',
	'p11',
	'p12',
	'p13',
	'p14',
] as const;
export type ParagraphId = (typeof PARAGRAPH_IDS)[number];

export const POWERS: Readonly<Record<PowerId, PowerInfo>> = {
	overview: { id: 'overview', name: '组织力总论', role: '', heading: '', paragraphs: ['p1'] },
	leadership: {
		id: 'leadership',
		name: '政治领导力',
		role: '核心',
		heading: '突出政治功能，提升政治领导力',
		paragraphs: ['p2', 'p3', 'p4'],
	},
	coverage: {
		id: 'coverage',
		name: '组织覆盖力',
		role: '基础',
		heading: '严密组织体系，提升组织覆盖力',
		paragraphs: ['p5', 'p6'],
	},
	cohesion: {
		id: 'cohesion',
		name: '群众凝聚力',
		role: '动力',
		heading: '强化服务功能，提升群众凝聚力',
		paragraphs: ['p7', 'p8'],
	},
	development: {
		id: 'development',
		name: '发展推动力',
		role: '关键',
		heading: '聚焦重大任务，提升发展推动力',
		paragraphs: ['p9', 'p10'],
	},
	renewal: {
		id: 'renewal',
		name: '自我革新力',
		role: '保障',
		heading: '加强自身建设，提升自我革新力',
		paragraphs: ['p11', 'p12', 'p13', 'p14'],
	},
	synthesis: { id: 'synthesis', name: '五力协同', role: '', heading: '', paragraphs: [] },
};

export function isPowerId(value: unknown): value is PowerId {
	return typeof value === 'string' && (POWER_IDS as readonly string[]).includes(value);
}

export function isParagraphId(value: unknown): value is ParagraphId {
	return typeof value === 'string' && (PARAGRAPH_IDS as readonly string[]).includes(value);
}
