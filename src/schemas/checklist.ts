/**
 * The branch self-check list (支部对照自查清单): `content/checklist/branch.yaml`, one file with a 村
 * version and a 社区 version. Every line restates one of the article's measures and carries the
 * paragraph and a verbatim quote it comes from.
 * Owns: the shape of the file. Must not: check quotes (src/content-checks/checklist.ts does).
 */
import { z } from 'astro/zod';
import { PARAGRAPH_IDS, POWER_IDS } from '../article/powers';

/** The versions of the list: a 村 branch and a 社区 branch. */
export const CHECKLIST_VERSIONS = ['village', 'community'] as const;
export type ChecklistVersion = (typeof CHECKLIST_VERSIONS)[number];

const text = z.string().trim().min(1, '不能为空');

export const ChecklistItemSchema = z.strictObject({
	/** Only in one version; absent = in both. */
	only: z
		.enum(CHECKLIST_VERSIONS, { error: () => 'only 只能是 village（村）或 community（社区）' })
		.optional(),
	/** The self-check question, restating the measure. */
	text,
	/** Sub-lines checked one by one (e.g. the five areas of 标准化建设). */
	parts: z.array(text).min(2, 'parts 至少要有 2 项').optional(),
	/** Who carries the measure when it is not the branch itself (e.g. 县域层面). */
	note: text.optional(),
	/** The paragraph and verbatim quote the line rests on. */
	source: z.strictObject({
		p: z.enum(PARAGRAPH_IDS, {
			error: (i) => `p 必须是 p1…p14（收到 ${JSON.stringify(i.input)}）`,
		}),
		quote: text,
	}),
});
export type ChecklistItem = z.output<typeof ChecklistItemSchema>;

export const ChecklistSchema = z.strictObject({
	/** How to use the list (paragraphs). */
	intro: z.array(text).min(1),
	/** Sections in the article's order, one per capacity. */
	sections: z
		.array(
			z.strictObject({
				power: z.enum(POWER_IDS, {
					error: (i) => `power 不是已知的 id（收到 ${JSON.stringify(i.input)}）`,
				}),
				items: z.array(ChecklistItemSchema).min(1, '每部分至少要有 1 条'),
			}),
		)
		.min(1),
});
export type Checklist = z.output<typeof ChecklistSchema>;

/** The items of one version, section by section. */
export function checklistVersion(
	list: Checklist,
	version: ChecklistVersion,
): { power: Checklist['sections'][number]['power']; items: ChecklistItem[] }[] {
	return list.sections
		.map((s) => ({ power: s.power, items: s.items.filter((i) => !i.only || i.only === version) }))
		.filter((s) => s.items.length > 0);
}
