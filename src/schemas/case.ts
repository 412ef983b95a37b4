/**
 * The case format (情景案例): one YAML file per case in `content/cases/<id>.yaml`.
 *
 * A case is a small graph. The first node is the start. Node types:
 *   situation  a passage, then `next`
 *   decision   a passage and a question with 2–4 choices; each choice has a consequence, feedback tied
 *              to the article (`source: { p, quote }`) and `next`
 *   ending     a passage and a debrief naming the capacities and measures involved (measures are
 *              quoted from the article, each with its paragraph)
 * Owns: the shape of one case file, with its defaults. Must not: check the graph, paragraph ids or
 * quotes against the article — that is src/content-checks/cases.ts, shared by the build and the
 * unit tests (so a bad paragraph id gets a message naming the node, not a schema path).
 */
import { z } from 'astro/zod';
import { POWER_IDS } from '../article/powers';
import { isReservedId } from './ids';

/** The only settings a case may use: never a real place. */
export const CASE_SETTINGS = ['某县', '某村', '某社区', '某街道'] as const;
export type CaseSetting = (typeof CASE_SETTINGS)[number];

/** The label every case carries, shown wherever the case is. */
export const CASE_LABEL = '情景模拟';

const text = z.string().trim().min(1);
const nodeId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/u, '节点 id 只能用小写字母、数字和连字符（如 d1、end-good）');

/** A passage: one string, or several paragraphs. Always read as a list of paragraphs. */
const passage = z.union([text.transform((t) => [t]), z.array(text).min(1)]);

export const CaseSourceSchema = z.object({
	/** The paragraph the feedback rests on, p1…p14 (checked against the article at build). */
	p: z.string().regex(/^p\d{1,2}$/u, 'source.p 的格式是 p 加数字，如 p3'),
	/** A verbatim quote from that paragraph (checked under the quote rule at build). */
	quote: text,
});
export type CaseSource = z.output<typeof CaseSourceSchema>;

export const CaseChoiceSchema = z.object({
	/** The choice as the learner sees it: something a cadre could really do. */
	label: text,
	/** What happens in the scenario after this choice (narrative, no invented figures). */
	consequence: passage,
	/** Why the choice fits or misses what the article says; no moralising beyond the text. */
	feedback: text,
	/** The paragraph and verbatim quote the feedback rests on. */
	source: CaseSourceSchema,
	/** The id of the node this choice leads to. */
	next: nodeId,
});
export type CaseChoice = z.output<typeof CaseChoiceSchema>;

const nodeBase = {
	/** Unique within the case, e.g. `d1`, `end-good`. */
	id: nodeId,
	/** The passage's heading (focus moves to it when the passage appears). */
	heading: text,
	/** The passage: one string or a list of paragraphs. */
	text: passage,
};

export const SituationNodeSchema = z.object({
	...nodeBase,
	type: z.literal('situation'),
	/** The id of the node that follows. */
	next: nodeId,
});

export const DecisionNodeSchema = z.object({
	...nodeBase,
	type: z.literal('decision'),
	/** The question, shown as the form's legend, e.g. 作为村党组织书记，你先做哪件事？ */
	question: text,
	/** Two to four choices. */
	choices: z
		.array(CaseChoiceSchema)
		.min(2, '每个决策点至少 2 个选项')
		.max(4, '每个决策点最多 4 个选项'),
});

export const CaseMeasureSchema = z.object({
	/** The measure in the article's own words (verbatim under the quote rule), e.g. 推进城乡协建. */
	quote: text,
	/** The paragraph it comes from, p1…p14. */
	p: CaseSourceSchema.shape.p,
});
export type CaseMeasure = z.output<typeof CaseMeasureSchema>;

export const EndingNodeSchema = z.object({
	...nodeBase,
	type: z.literal('ending'),
	/** The debrief (复盘): what this ending shows, for the learner and the class discussion. */
	debrief: passage,
	/** The capacities this ending turned on (defaults to the case's `powers`). */
	powers: z.array(z.enum(POWER_IDS)).min(1).optional(),
	/** The article's measures involved, each quoted with its paragraph. At least one. */
	measures: z.array(CaseMeasureSchema).min(1, '结局的 measures 至少列出一项文中的举措'),
});

export const CaseNodeSchema = z.discriminatedUnion('type', [
	SituationNodeSchema,
	DecisionNodeSchema,
	EndingNodeSchema,
]);
export type CaseNode = z.output<typeof CaseNodeSchema>;
export type SituationNode = z.output<typeof SituationNodeSchema>;
export type DecisionNode = z.output<typeof DecisionNodeSchema>;
export type EndingNode = z.output<typeof EndingNodeSchema>;

export const CaseSchema = z.object({
	/** Equals the file name without `.yaml`; used in URLs (/cases/<id>/) and the progress store. */
	id: z
		.string()
		.regex(/^[a-z0-9][a-z0-9-]*$/u, 'id 只能用小写字母、数字和连字符')
		.refine((id) => !isReservedId(id), {
			message:
				'id 不能是 constructor、prototype、toString 等保留名（它们会与浏览器内置名称冲突），请换一个',
		}),
	/** The case's title, without the label. */
	title: text,
	/** The capacities the case exercises (overview/leadership/coverage/cohesion/development/renewal/synthesis). */
	powers: z
		.array(
			z.enum(POWER_IDS, {
				error: (i) => `powers 只能取 ${POWER_IDS.join(' / ')}（收到 ${JSON.stringify(i.input)}）`,
			}),
		)
		.min(1),
	/** Estimated minutes to play one path. */
	minutes: z.number().int().positive().max(60),
	/** Always 情景模拟: every case is labelled as a simulation (default 情景模拟). */
	label: z.literal(CASE_LABEL, { error: `label 必须是「${CASE_LABEL}」` }).default(CASE_LABEL),
	/** Where it is set: only 某县, 某村, 某社区 or 某街道 — never a real place. */
	setting: z.enum(CASE_SETTINGS, {
		error: (i) => `setting 只能是 ${CASE_SETTINGS.join(' / ')}（收到 ${JSON.stringify(i.input)}）`,
	}),
	/** One or two sentences for the 案例库 list. */
	summary: text,
	/** The nodes; the first one is where the case starts. */
	nodes: z.array(CaseNodeSchema).min(1),
});

export type CaseInput = z.input<typeof CaseSchema>;
export type Case = z.output<typeof CaseSchema>;
