/**
 * The case format v2 (情景案例): one YAML file per case in `content/cases/<id>.yaml`, `format: 2`.
 * Authors' guide with an example: content/cases/README.md.
 *
 * A case is a small graph whose walk carries STATE: named flags and points per capacity, set by the
 * choices the learner makes. The first node is the start. Node types:
 *   situation  a passage, then `next`
 *   decision   a passage and a question with 2–4 choices; each choice has a grade (good/partial/poor),
 *              may `set` flags and add `points`, and has a consequence, feedback tied to the article
 *              (`source: { p, quote }`) and `next`
 *   ending     a passage, the flags its text `claims` happened, and a debrief
 * A passage line may be conditional (`{ when, text }`: shown only when the state matches). `next` is a
 * node id, the word `ending` (the case's `endings` rules pick the ending from the state), or a list of
 * routes `[{ when, to }, …, { to }]` (the first that matches). Any node may declare what its text
 * `assumes` about the state.
 * Owns: the shape of one case file, with its defaults. Must not: check the graph, the paths, paragraph
 * ids or quotes against the article — that is src/cases/audit.ts and src/content-checks/cases.ts,
 * shared by the build and the unit tests (so a mistake gets a message naming the node and the path).
 */
import { z } from 'astro/zod';
import { POWER_IDS } from '../article/powers';
import { CHOICE_GRADES, ENDING_TARGET } from '../cases/format';
import { isReservedId } from './ids';

/** The only settings a case may use: never a real place. */
export const CASE_SETTINGS = ['某县', '某村', '某社区', '某街道'] as const;
export type CaseSetting = (typeof CASE_SETTINGS)[number];

/** The label every case carries, shown wherever the case is. */
export const CASE_LABEL = '情景模拟';

/** The case format this schema reads. Files without `format: 2` (v1) fail the build. */
export const CASE_FORMAT = 2;

export { CHOICE_GRADES, ENDING_TARGET, type ChoiceGrade } from '../cases/format';

const text = z.string().trim().min(1);
const nodeId = z
	.string()
	.regex(/^[a-z0-9][a-z0-9-]*$/u, '节点 id 只能用小写字母、数字和连字符（如 d1、end-good）')
	.refine(
		(id) => id !== ENDING_TARGET,
		`「${ENDING_TARGET}」是保留字（表示按结局规则选结局），不能作节点 id`,
	);
const flagName = z
	.string()
	.regex(/^[a-z][a-z0-9-]*$/u, '状态标记名只能用小写字母、数字和连字符（如 collective）');
const powerId = z.enum(POWER_IDS, {
	error: (i) => `只能取 ${POWER_IDS.join(' / ')}（收到 ${JSON.stringify(i.input)}）`,
});
/** Points per capacity, e.g. `{ leadership: 1 }`. */
const points = z.partialRecord(powerId, z.number().int().min(-9).max(9));

/**
 * A condition over the state. Every part given must hold: `all` flags set, `any` (at least one) set,
 * `none` set, and each capacity's points `atLeast` / `below` the number.
 */
export const ConditionSchema = z
	.strictObject({
		all: z.array(flagName).min(1).optional(),
		any: z.array(flagName).min(1).optional(),
		none: z.array(flagName).min(1).optional(),
		atLeast: points.optional(),
		below: points.optional(),
	})
	.refine(
		(c) => Object.values(c).some((v) => v !== undefined),
		'条件不能为空：请写 all / any / none / atLeast / below 之一',
	);
export type Condition = z.output<typeof ConditionSchema>;

/** One line of a passage: always shown, or shown only when the state matches `when`. */
const passageLine = z.union([text, z.strictObject({ when: ConditionSchema, text })]);
export type PassageLine = z.output<typeof passageLine>;

/** A passage: one string, or a list of lines (some conditional). Always read as a list. */
const passage = z.union([text.transform((t) => [t] as PassageLine[]), z.array(passageLine).min(1)]);

/** Where a node leads: a node id, `ending`, or routes tried in order (the last one has no `when`). */
export const RouteSchema = z.strictObject({ when: ConditionSchema.optional(), to: z.string() });
export type Route = z.output<typeof RouteSchema>;
const target = z.union([
	z.string().transform((to) => [{ to }] as Route[]),
	z
		.array(RouteSchema)
		.min(1)
		.refine(
			(routes) => routes.at(-1)?.when === undefined && routes.slice(0, -1).every((r) => r.when),
			'路由列表：除最后一条外每条都要有 when，最后一条不写 when（兜底）',
		),
]);

export const CaseSourceSchema = z.object({
	/** The paragraph the feedback rests on, p1…p14 (checked against the article at build). */
	p: z.string().regex(/^p\d{1,2}$/u, 'source.p 的格式是 p 加数字，如 p3'),
	/** A verbatim quote from that paragraph (checked under the quote rule at build). */
	quote: text,
});
export type CaseSource = z.output<typeof CaseSourceSchema>;

export const CaseChoiceSchema = z.strictObject({
	/** The choice as the learner sees it: something a cadre could really do. */
	label: text,
	/** good / partial / poor against the article (the debrief shows it; the best ending needs no poor). */
	grade: z.enum(CHOICE_GRADES, { error: 'grade 只能是 good / partial / poor' }),
	/** Flags this choice sets (declared in the case's `flags`). */
	set: z.array(flagName).optional(),
	/** Points this choice adds per capacity. */
	points: points.optional(),
	/** What happens in the scenario after this choice (narrative, no invented figures). */
	consequence: passage,
	/** Why the choice fits or misses what the article says; no moralising beyond the text. */
	feedback: text,
	/** The paragraph and verbatim quote the feedback rests on. */
	source: CaseSourceSchema,
	/** Where it leads: a node id, `ending`, or routes. */
	next: target,
});
export type CaseChoice = z.output<typeof CaseChoiceSchema>;

const nodeBase = {
	/** Unique within the case, e.g. `d1`, `end-good`. */
	id: nodeId,
	/** The passage's heading (focus moves to it when the passage appears). */
	heading: text,
	/** The passage: one string or a list of lines, some of them conditional. */
	text: passage,
	/** What the unconditional text presupposes about the state; every path here must satisfy it. */
	assumes: ConditionSchema.optional(),
};

export const SituationNodeSchema = z.strictObject({
	...nodeBase,
	type: z.literal('situation'),
	next: target,
});

export const DecisionNodeSchema = z.strictObject({
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

export const EndingNodeSchema = z.strictObject({
	...nodeBase,
	type: z.literal('ending'),
	/** The one best ending of the case (no path with a poor choice may reach it). */
	best: z.boolean().default(false),
	/** Flags whose actions the ending's text states as done: every path here must have set them. */
	claims: z.array(flagName).default([]),
	/** The debrief (复盘) beyond the learner's own path: what this ending shows, conditional lines allowed. */
	debrief: passage,
	/** The capacities this ending turned on (defaults to the case's `powers`). */
	powers: z.array(powerId).min(1).optional(),
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

/** One ending rule: the first whose `when` matches the state picks the ending (`to`). */
export const EndingRuleSchema = z.strictObject({ when: ConditionSchema.optional(), to: nodeId });
export type EndingRule = z.output<typeof EndingRuleSchema>;

/** The instructor's facilitation guide, printed on /cases/<id>/print/. */
export const FacilitationSchema = z.strictObject({
	/** Class minutes for the whole activity (play, pauses, debrief). */
	minutes: z.number().int().positive().max(180),
	/** How to run it, step by step (grouping, roles, timing). */
	steps: z.array(text).min(1),
	/** Where to pause play and discuss: a node id, for how long, and what to do. */
	pauses: z
		.array(z.strictObject({ at: nodeId, minutes: z.number().int().positive().max(60), note: text }))
		.min(1),
	/** One discussion question per decision node, with the article's points a good answer names. */
	questions: z
		.array(
			z.strictObject({
				decision: nodeId,
				question: text,
				points: z.array(CaseMeasureSchema).min(1, '每个讨论题至少列出一个原文要点'),
			}),
		)
		.min(1),
});
export type Facilitation = z.output<typeof FacilitationSchema>;

export const CaseSchema = z.strictObject({
	/** Always 2: the stateful format. v1 files (no `format`) fail the build with a message. */
	format: z.literal(CASE_FORMAT, {
		error: `format 必须是 ${CASE_FORMAT}：这是旧版（第 1 版）案例格式，请按 content/cases/README.md 迁移到第 2 版`,
	}),
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
	/** The capacities the case exercises; the first one names the lesson the ending points to. */
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
	/** Every flag the case uses, with what it means (the action it records). */
	flags: z.record(flagName, text).default({}),
	/** Ending rules, tried in order when a path reaches `next: ending`. */
	endings: z.array(EndingRuleSchema).min(1),
	/** The nodes; the first one is where the case starts. */
	nodes: z.array(CaseNodeSchema).min(1),
	/** The instructor's facilitation guide. */
	facilitation: FacilitationSchema,
});

export type CaseInput = z.input<typeof CaseSchema>;
export type Case = z.output<typeof CaseSchema>;
