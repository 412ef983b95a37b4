/**
 * Content collections. Data flows one way: MDX/YAML → these schemas (validated at build) → pages.
 *   docs       lessons, MDX in `content/lessons/` (Starlight renders them)
 *   questions  the question bank, YAML in `quizzes/bank/`
 *   quizSets   quiz sets, YAML in `quizzes/sets/`
 *   cases      情景案例, YAML in `content/cases/` (graph and quotes checked by src/content-checks/cases.ts)
 *   glossary   术语, one entry per term from `content/glossary/terms.yaml` (`terms: [...]`)
 *   i18n       Starlight's own UI strings (ours are in src/i18n/zh-CN/)
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { TermSchema } from './schemas/glossary';
import { LessonFrontmatterSchema } from './schemas/lesson';
import { BankFileSchema } from './schemas/question';
import { QuizSetSchema } from './schemas/quiz-set';
import { CaseSchema } from './schemas/case';

export const collections = {
	docs: defineCollection({
		loader: glob({
			base: './content/lessons',
			pattern: '**/[^_]*.{md,mdx}',
			generateId: ({ entry }) => `lessons/${entry.replace(/\.mdx?$/u, '')}`,
		}),
		// Pages built with <StarlightPage> share this schema, so lesson fields are optional here;
		// src/content-checks requires them on every file in content/lessons/.
		schema: docsSchema({ extend: LessonFrontmatterSchema.partial() }),
	}),
	questions: defineCollection({
		loader: glob({ base: './quizzes/bank', pattern: '**/*.{yaml,yml}' }),
		schema: BankFileSchema,
	}),
	quizSets: defineCollection({
		loader: glob({ base: './quizzes/sets', pattern: '**/*.{yaml,yml}' }),
		schema: QuizSetSchema,
	}),
	cases: defineCollection({
		loader: glob({ base: './content/cases', pattern: '**/[^_]*.{yaml,yml}' }),
		schema: CaseSchema,
	}),
	glossary: defineCollection({
		// The file is `terms: [...]`; src/content-checks/glossary.ts reports its problems with line numbers.
		loader: file('content/glossary/terms.yaml', {
			parser: (text) => (parseYaml(text) as { terms: Record<string, unknown>[] }).terms,
		}),
		schema: TermSchema,
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
