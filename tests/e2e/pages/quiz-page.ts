/**
 * Page object for any page holding the quiz island (/exam/, /daily/, /practice/<set>/, lessons).
 * It answers whatever questions appear, right or wrong, by reading the right answers from
 * /data/questions.json by each fieldset's data-question-id — so the tests do not depend on which
 * questions the bank holds.
 */
import { expect, type Locator } from '@playwright/test';
import type { Question, QuestionOf } from '../../../src/schemas/question';
import { BasePage } from './base-page';

export interface ShownQuestion {
	id: string;
	question: Question;
	fieldset: Locator;
	feedback: Locator;
}

export class QuizPage extends BasePage {
	private bank: Map<string, Question> | undefined;

	get quiz() {
		return this.page.locator('section.quiz');
	}

	/**
	 * Open a quiz page and wait until its questions are there (drawn sets load the bank first) and the
	 * island has hydrated (a lesson's quiz hydrates when scrolled into view).
	 */
	async open(path: string): Promise<void> {
		await this.goto(path);
		await expect(this.quiz.locator('fieldset[data-question-id]').first()).toBeVisible();
		await this.quiz.first().scrollIntoViewIfNeeded();
		await expect(this.page.locator('astro-island[ssr]').filter({ has: this.quiz })).toHaveCount(0);
	}

	async questionBank(): Promise<Map<string, Question>> {
		if (!this.bank) {
			const response = await this.page.request.get('data/questions.json');
			expect(response.ok()).toBe(true);
			const list = (await response.json()) as Question[];
			this.bank = new Map(list.map((q) => [q.id, q]));
		}
		return this.bank;
	}

	/** The questions as shown, in order. */
	async shown(): Promise<ShownQuestion[]> {
		const bank = await this.questionBank();
		const ids = await this.quiz
			.locator('fieldset[data-question-id]')
			.evaluateAll((els) => els.map((el) => el.getAttribute('data-question-id') ?? ''));
		return ids.map((id) => {
			const question = bank.get(id);
			if (!question) throw new Error(`question ${id} is not in /data/questions.json`);
			return {
				id,
				question,
				fieldset: this.quiz.locator(`fieldset[data-question-id="${id}"]`),
				feedback: this.quiz.locator(`[data-feedback-for="${id}"]`),
			};
		});
	}

	async ids(): Promise<string[]> {
		return (await this.shown()).map((q) => q.id);
	}

	/** Answer one question right or wrong through the UI, as a learner would (keyboard-free clicks). */
	async answer(item: ShownQuestion, right: boolean): Promise<void> {
		const { question: q, fieldset } = item;
		switch (q.type) {
			case 'single': {
				const index = right ? q.answer : q.options.findIndex((_, i) => i !== q.answer);
				await fieldset.getByLabel(q.options[index]!.text, { exact: true }).check();
				break;
			}
			case 'multiple': {
				// Wrong: only the first right option (all-or-nothing scores it 0).
				const pick = right ? q.answer : q.answer.slice(0, 1);
				for (const i of pick)
					await fieldset.getByLabel(q.options[i]!.text, { exact: true }).check();
				break;
			}
			case 'judge':
				await fieldset.getByLabel(q.answer === right ? '正确' : '错误', { exact: true }).check();
				break;
			case 'blank':
				for (const [i, blank] of q.blanks.entries()) {
					const input = fieldset.getByLabel(`第 ${i + 1} 空`, { exact: true });
					// Right answers typed with spaces and full-width punctuation, which must still count.
					await input.fill(right ? ` ${blank.accept[0]!}。` : `${blank.accept[0]!}误`);
				}
				break;
			case 'match':
				await this.answerMatch(fieldset, q, right);
				break;
			case 'order':
				// The shown order is never the right one; arrange it for a right answer, or keep it
				// with 「确认此顺序」 (an untouched order is not an answer).
				if (right) await this.arrange(fieldset, q);
				else await fieldset.getByRole('button', { name: '确认此顺序' }).click();
				break;
			case 'short':
				await fieldset.getByLabel('你的回答').fill('我的回答要点……');
				await fieldset.getByRole('button', { name: '写好了，对照参考要点' }).click();
				if (right) {
					for (const point of q.points) await fieldset.getByLabel(point, { exact: true }).check();
				}
				break;
		}
	}

	private async answerMatch(fieldset: Locator, q: QuestionOf<'match'>, right: boolean) {
		for (const [i, pair] of q.pairs.entries()) {
			// Wrong: every left item gets the next pair's right item.
			const target = right ? pair.right : q.pairs[(i + 1) % q.pairs.length]!.right;
			await fieldset.getByLabel(pair.left, { exact: true }).selectOption({ label: target });
		}
	}

	/** Put the order items right with the move-up buttons only (no drag). */
	private async arrange(fieldset: Locator, q: QuestionOf<'order'>) {
		const rows = fieldset.locator('.quiz-order-text');
		for (const [k, item] of q.items.entries()) {
			let position = (await rows.allTextContents()).indexOf(item);
			while (position > k) {
				const up = fieldset.getByRole('button', { name: `上移：${item}`, exact: true });
				await up.click();
				position -= 1;
				await expect(rows.nth(position)).toHaveText(item);
			}
		}
		expect(await rows.allTextContents()).toEqual(q.items);
	}

	/** Practice mode: submit one question. */
	async check(item: ShownQuestion): Promise<void> {
		await item.fieldset.getByRole('button', { name: '提交本题' }).click();
		await expect(item.feedback).toBeVisible();
	}

	/** Test mode: hand the paper in (confirming, when some questions are unanswered). */
	async submit(): Promise<void> {
		await this.quiz.getByRole('button', { name: '交卷' }).click();
		const confirm = this.quiz.getByRole('button', { name: '确定交卷' });
		await expect(confirm.or(this.result)).toBeVisible();
		if (await confirm.isVisible()) await confirm.click();
		await expect(this.result).toBeVisible();
	}

	get result() {
		return this.quiz.locator('.quiz-result');
	}

	/** The verdict line a question's feedback should show for a right or wrong answer. */
	verdictFor(q: Question, right: boolean): string | RegExp {
		if (q.type === 'short') {
			return right
				? `自评：覆盖 ${q.points.length}/${q.points.length} 个要点`
				: /自评：覆盖 0\/\d+ 个要点/u;
		}
		return right ? '回答正确' : '回答错误';
	}

	/** Start listening for published attempts; read them with `attempts()`. */
	async recordAttempts(): Promise<void> {
		await this.page.evaluate(() => {
			const w = window as unknown as { __attempts: unknown[] };
			w.__attempts = [];
			window.addEventListener('zuzhili:attempt', (e) =>
				w.__attempts.push((e as CustomEvent).detail),
			);
		});
	}

	async attempts(): Promise<AttemptLike[]> {
		return this.page.evaluate(
			() => (window as unknown as { __attempts: AttemptLike[] }).__attempts,
		);
	}
}

export interface AttemptLike {
	quizId: string;
	kind: string;
	mode: string;
	seed: number;
	score: number;
	maxScore: number;
	passed: boolean;
	questions: {
		questionId: string;
		type: string;
		correct: boolean;
		score: number;
		selfAssessed: boolean;
	}[];
}
