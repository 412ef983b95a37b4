/**
 * The assessment-quality rules (src/content-checks/quiz-quality.ts) on small in-memory questions, and
 * the level-aware draw of 综合测试 (src/quiz/draw.ts, blueprint.aboveRecall). The build-level messages
 * with file and line are tested on fixtures in content-checks-quizzes.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
	factFindings,
	judgeBalanceFinding,
	keyLengthFinding,
	lessonLevelProblem,
	orderSourceFinding,
	orderStemFinding,
	readingOrder,
	setLeaks,
} from '../../src/content-checks/quiz-quality';
import { article } from '../../src/article/source';
import { keyedTexts, orderLeak, printed, TOPIC_LABELS } from '../../src/quiz/leaks';
import { normaliseAnswer } from '../../src/quiz/normalise';
import { drawBlueprint } from '../../src/quiz/draw';
import type { Question } from '../../src/schemas/question';
import { blank, judge, match, order, single, syntheticBank } from '../fixtures/quizzes/questions';

const withLevel = <T extends Question>(
	q: T,
	level: Question['level'],
	extra: Partial<T> = {},
): T => ({
	...q,
	level,
	difficulty: 1,
	...extra,
});

describe('keyedTexts()', () => {
	it('takes a one-character blank answer with its neighbours from the stem', () => {
		const q = withLevel(blank, 'recall', {
			stem: '使党建责任由“___”变“___”',
			blanks: [{ accept: ['虚'] }, { accept: ['实'] }],
		});
		expect(keyedTexts(q).flatMap((k) => k.needles)).toEqual(['由虚变', '变实']);
	});
	it('keys a match by its pairs: both sides must show together', () => {
		expect(keyedTexts(withLevel(match, 'recall'))[0]?.needles).toEqual(['政治领导力', '核心']);
	});
});

describe('setLeaks()', () => {
	const choice = (id: string, key: string, others: string[], stem = '下列哪项正确？') =>
		withLevel(single, 'understand', {
			id,
			stem,
			options: [key, ...others].map((text) => ({ text, feedback: undefined })),
			answer: 0,
		});
	it('finds a blank answer printed in another item’s stem', () => {
		const a = withLevel(blank, 'recall');
		const b = withLevel(judge, 'recall', { stem: '要发挥好“把方向、管大局、保落实”的领导作用。' });
		expect(setLeaks('s', [a, b])).toMatchObject([{ id: 'fx-judge', path: ['stem'] }]);
	});
	it('lets two choice items offer the same labels as whole options', () => {
		const a = choice('a', '区域联建', ['城乡协建', '行业统建']);
		const b = choice('b', '行业统建', ['区域联建', '城乡协建']);
		expect(setLeaks('s', [a, b])).toEqual([]);
	});
	it('but a key named in another stem is a leak', () => {
		const a = choice('a', '依托各类园区、商圈市场', ['依托行业监管部门', '结对共建']);
		const b = withLevel(judge, 'recall', {
			stem: '区域联建依托各类园区、商圈市场建立党建工作机构。',
		});
		expect(setLeaks('s', [a, b])).toHaveLength(1);
	});
	it('unless the key classifies among topic labels (which of the four ways): naming it is no giveaway', () => {
		const a = choice(
			'a',
			'推进区域联建',
			['推进城乡协建', '行业统建', '互联网助建'],
			'某园区……最适合哪一种方式？',
		);
		const b = withLevel(judge, 'recall', {
			stem: '推进区域联建，要构建区域统筹、条块协同、共建共享的格局。',
		});
		expect(setLeaks('s', [a, b])).toEqual([]);
		// Not a classification: one option is no label, so the literal rule holds.
		const c = choice('c', '推进区域联建', ['推进城乡协建', '依托园区建立党组织']);
		expect(setLeaks('s', [c, b])).toHaveLength(1);
	});
	it('finds a key printed inside another item’s order item (the old ren-order-02 / ren-single-05)', () => {
		const a = withLevel(order, 'recall', {
			items: [
				'把好带头人选用关',
				'深入推行“三项机制”，为基层干部担当争先撑腰鼓劲',
				'实施组织生活质量提升行动',
			],
		});
		const b = choice('b', '为基层干部担当争先撑腰鼓劲', ['推动乡村旅游']);
		expect(setLeaks('s', [a, b])).toMatchObject([{ id: 'fx-order', path: ['items', 1] }]);
	});
	it('does not take 动力 (a role) as printed inside 发展推动力 (another name), but does 群众凝聚力 inside 提升群众凝聚力', () => {
		const role = choice('a', '动力', ['核心', '基础']);
		const b = withLevel(judge, 'recall', { stem: '文章把提升发展推动力称为组织力建设的关键。' });
		expect(setLeaks('s', [role, b])).toEqual([]);
		const c = withLevel(judge, 'recall', { stem: '文章说提升群众凝聚力是组织力建设的动力。' });
		expect(setLeaks('s', [role, c]).map((f) => f.id)).toEqual(['fx-judge']);
		expect(printed('群众凝聚力', '强化服务功能提升群众凝聚力')).toBe(true);
		expect(printed('动力', '提升发展推动力')).toBe(false);
	});
	it('lets a text name a key together with all the options it is chosen from', () => {
		const a = choice('a', '人才资源', ['活动阵地', '教育培训']);
		const b = withLevel(judge, 'recall', {
			stem: '城乡协建在人才资源、活动阵地、教育培训等方面整合资源。',
		});
		expect(setLeaks('s', [a, b])).toEqual([]);
		const c = withLevel(judge, 'recall', { stem: '城乡协建在人才资源方面整合资源。' });
		expect(setLeaks('s', [a, c])).toHaveLength(1);
	});
	it('finds an 排序 sequence printed in another text, not one item or items out of order', () => {
		const a = withLevel(order, 'recall', { items: ['政治领导力', '组织覆盖力', '群众凝聚力'] });
		const inOrder = choice('b', '政治领导力、组织覆盖力、群众凝聚力', ['群众凝聚力、政治领导力']);
		expect(setLeaks('s', [a, inOrder])).toMatchObject([{ id: 'b', path: ['options', 0, 'text'] }]);
		expect(orderLeak(a.items, '群众凝聚力政治领导力')).toBeUndefined();
		expect(orderLeak(a.items, '文章说组织覆盖力是基础')).toBeUndefined();
		expect(orderLeak(a.items, '从组织覆盖力讲到群众凝聚力')).toEqual(['组织覆盖力', '群众凝聚力']);
	});
	it('but an order item shown again as one whole option is no leak', () => {
		const a = withLevel(order, 'recall', { items: ['推进城乡协建', '推进区域联建', '行业统建'] });
		const b = choice('b', '推进区域联建', ['行业统建', '推进城乡协建']);
		expect(setLeaks('s', [a, b])).toEqual([]);
	});
	it('and a key offered only as another item’s wrong option is no leak', () => {
		const a = choice('a', '推进区域联建', ['行业统建']);
		const b = choice('b', '是组织力建设的基础', ['推进区域联建', '要求构建严密的组织体系']);
		expect(setLeaks('s', [a, b])).toEqual([]);
	});
	it('yet a keyed option that states another item’s key is a leak', () => {
		const a = choice('a', '依托各类园区', ['依托行业监管部门']);
		const b = choice('b', '区域联建要依托各类园区', ['行业统建要依托园区']);
		expect(setLeaks('s', [a, b]).map((f) => f.id)).toEqual(['b']);
	});
});

describe('keyLengthFinding()', () => {
	it('allows a key up to 1.5 × the longest distractor and flags a longer one', () => {
		const q = (key: string) =>
			withLevel(single, 'recall', {
				options: [key, '四个字啊'].map((text) => ({ text, feedback: undefined })),
				answer: 0,
			});
		expect(keyLengthFinding(q('六个字的选项'))).toBeUndefined();
		expect(keyLengthFinding(q('七个字的正确选项'))?.path).toEqual(['options', 0, 'text']);
		expect(
			keyLengthFinding({ ...q('七个字的正确选项'), keyLengthExempt: '须完整引用' }),
		).toBeUndefined();
	});
});

describe('orderStemFinding()', () => {
	const q = (stem: string) =>
		withLevel(order, 'recall', {
			stem,
			items: [
				'以村党组织为纽带组建乡村振兴“党建联盟”',
				'整合县域党建资源',
				'强化“整体推进”党建责任考核',
			],
		});
	it('accepts a neutral stem', () => {
		expect(orderStemFinding(q('请按文章的叙述顺序排列县域层面的三项举措。'))).toBeUndefined();
		expect(orderStemFinding(q('请按先后顺序排列。'))).toBeUndefined();
	});
	it('flags sequence words and items named in the keyed order', () => {
		expect(orderStemFinding(q('先搭平台，再整合资源，最后考核。请排序。'))).toBeDefined();
		expect(orderStemFinding(q('从联盟到考核，请排序。'))).toBeDefined();
		expect(orderStemFinding(q('三项举措（联盟、整合、考核）请排序。'))).toBeDefined();
	});
	it('does not flag items named out of order', () => {
		expect(orderStemFinding(q('三项举措（考核、整合、联盟）请排序。'))).toBeUndefined();
	});
});

describe('factFindings() and lessonLevelProblem()', () => {
	it('allows two items per fact and reports the third', () => {
		const items = ['a', 'b', 'c'].map((id) => withLevel(judge, 'recall', { id, fact: 'f' }));
		expect(factFindings('pool', items.slice(0, 2))).toEqual([]);
		expect(factFindings('pool', items)).toMatchObject([{ id: 'c', path: ['fact'] }]);
	});
	it('wants two levels and at most 60 % recall in a lesson set', () => {
		const r = (id: string) => withLevel(judge, 'recall', { id });
		const u = (id: string) => withLevel(judge, 'apply', { id });
		expect(lessonLevelProblem([r('1'), r('2'), r('3'), u('4'), u('5')])).toBeUndefined();
		expect(lessonLevelProblem([r('1'), r('2'), r('3'), u('4')])).toMatch(/4 题中 3 题是记忆题/u);
		expect(lessonLevelProblem([u('1'), u('2')])).toMatch(/至少两种 level/u);
	});
});

describe('drawBlueprint() with aboveRecall', () => {
	const bank = syntheticBank(8).map((q, i) => ({
		...q,
		level: i % 4 === 0 ? ('apply' as const) : ('recall' as const),
		difficulty: 1 as const,
	}));
	it('draws at least the share above recall from every power, whatever the seed', () => {
		const blueprint = { perPower: { leadership: 4, coverage: 4 }, aboveRecall: 0.5 };
		for (let seed = 1; seed <= 30; seed++) {
			const drawn = drawBlueprint(bank, blueprint, seed);
			expect(drawn).toHaveLength(8);
			for (const power of ['leadership', 'coverage']) {
				const mine = drawn.filter((q) => q.power === power);
				expect(mine.filter((q) => q.level !== 'recall').length).toBeGreaterThanOrEqual(2);
			}
		}
	});
});

describe('TOPIC_LABELS', () => {
	it('are the article’s own names (each verbatim in a heading or paragraph)', () => {
		const texts = readingOrder(article).map(normaliseAnswer);
		for (const label of TOPIC_LABELS)
			expect(
				texts.some((t) => t.includes(label)),
				label,
			).toBe(true);
	});
});

describe('orderSourceFinding(): an 排序 key must be the article’s text order', () => {
	const reading = readingOrder(article);
	const q = (items: string[], itemSources?: string[]) =>
		withLevel(order, 'recall', { items, ...(itemSources ? { itemSources } : {}) });
	it('accepts items in the article’s order, within a paragraph and across paragraphs and headings', () => {
		expect(
			orderSourceFinding(
				q(['使党建责任由「虚」变「实」', '使党建标准由『粗』变『细』', '使党建考核由“软”变“硬”']),
				reading,
			),
		).toBeUndefined();
		expect(
			orderSourceFinding(q(['推进城乡协建', '推进区域联建', '行业统建', '互联网助建']), reading),
		).toBeUndefined();
		expect(
			orderSourceFinding(
				q(['突出政治功能，提升政治领导力', '提升组织覆盖力是加强城乡基层党组织组织力建设的基础']),
				reading,
			),
		).toBeUndefined();
	});
	it('rejects a key that is not the text order (the old coh-order-01 kind of defect)', () => {
		expect(
			orderSourceFinding(
				q([
					'整合党建、政务和社会服务等各种资源',
					'综合区位特点、人群特征、服务半径等因素',
					'统筹建设',
				]),
				reading,
			),
		).toMatchObject({
			path: ['items', 1],
			message: expect.stringContaining('与原文顺序不符') as unknown,
		});
	});
	it('rejects an item it cannot place: not the article’s words, or found more than once', () => {
		expect(
			orderSourceFinding(q(['给出判断标准', '推进区域联建', '行业统建']), reading)?.path,
		).toEqual(['items', 0]);
		expect(
			orderSourceFinding(q(['突出政治功能', '严密组织体系', '强化服务功能']), reading)?.message,
		).toMatch(/出现 \d+ 次/u);
	});
	it('places descriptive items by their itemSources, one per item', () => {
		const items = ['点明定位', '界定含义', '给出判断标准'];
		const sources = [
			'提升政治领导力是加强城乡基层党组织组织力建设的核心',
			'这是指农村、街道社区党组织在宣传党的主张',
			'政治领导力强不强',
		];
		expect(orderSourceFinding(q(items, sources), reading)).toBeUndefined();
		expect(
			orderSourceFinding(q(items, [sources[1]!, sources[0]!, sources[2]!]), reading)?.path,
		).toEqual(['itemSources', 1]);
		expect(orderSourceFinding(q(items, sources.slice(0, 2)), reading)?.path).toEqual([
			'itemSources',
		]);
	});
});

describe('judgeBalanceFinding(): each key at least 25 % of a bank file’s judges', () => {
	const judges = (keys: boolean[]) =>
		keys.map((answer, i) => withLevel(judge, 'recall', { id: `j-${i}`, answer }));
	it('flags a file where always answering 错误 passes (1 true of 8)', () => {
		const finding = judgeBalanceFinding('x.yaml', judges([true, ...Array<boolean>(7).fill(false)]));
		expect(finding).toMatchObject({ id: 'j-0', path: ['answer'] });
		expect(finding?.message).toMatch(
			/答案为「正确」的 1 题、为「错误」的 7 题.*至少要占 25 %（2 题）.*一律答「错误」/u,
		);
	});
	it('flags the other way round too', () => {
		expect(judgeBalanceFinding('x.yaml', judges([false, true, true, true, true]))?.message).toMatch(
			/一律答「正确」/u,
		);
	});
	it('accepts 2 true of 8, and files with fewer than 4 judges', () => {
		expect(
			judgeBalanceFinding('x.yaml', judges([true, true, ...Array<boolean>(6).fill(false)])),
		).toBeUndefined();
		expect(judgeBalanceFinding('x.yaml', judges([false, false, false]))).toBeUndefined();
	});
	it('counts only judge items', () => {
		expect(
			judgeBalanceFinding('x.yaml', [
				...judges([true, false, false, false]),
				withLevel(single, 'recall'),
			]),
		).toBeUndefined();
	});
});
