/**
 * Content collections. Data flows one way: MDX/YAML → these schemas (validated at build) → pages.
 * Where each kind's files are, and its schema, come from src/content-kinds (the content checks and the
 * search index read the same definitions, so they see exactly the files built here).
 *   docs           lessons, MDX in `content/lessons/` (Starlight renders them)
 *   questions      the question bank, YAML in `quizzes/bank/`
 *   quizSets       quiz sets, YAML in `quizzes/sets/`
 *   cases          情景案例, YAML in `content/cases/` (graph and quotes checked by src/content-checks/cases.ts)
 *   glossary       术语, one entry per term from `content/glossary/terms.yaml` (`terms: [...]`)
 *   teachingNotes  教学笔记, YAML in `content/teaching-notes/`
 *   i18n           Starlight's own UI strings (ours are in src/i18n/zh-CN/)
 */
import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import {
	CASES,
	entryId,
	GLOSSARY,
	LESSONS,
	QUESTION_BANK,
	QUIZ_SETS,
	TEACHING_NOTES,
	type ContentKind,
} from './content-kinds';

/** The Astro loader for a kind: its base and pattern, ids from `entryId` (`prefix` + path). */
function kindLoader(kind: ContentKind, prefix = '') {
	return glob({
		base: `./${kind.base}`,
		pattern: kind.pattern,
		generateId: ({ entry }) => `${prefix}${entryId(entry)}`,
	});
}

export const collections = {
	docs: defineCollection({
		loader: kindLoader(LESSONS, 'lessons/'),
		// Pages built with <StarlightPage> share this schema, so lesson fields are optional here;
		// src/content-checks requires them on every file in content/lessons/.
		schema: docsSchema({ extend: LESSONS.schema.partial() }),
	}),
	questions: defineCollection({ loader: kindLoader(QUESTION_BANK), schema: QUESTION_BANK.schema }),
	quizSets: defineCollection({ loader: kindLoader(QUIZ_SETS), schema: QUIZ_SETS.schema }),
	cases: defineCollection({ loader: kindLoader(CASES), schema: CASES.schema }),
	teachingNotes: defineCollection({
		loader: kindLoader(TEACHING_NOTES),
		schema: TEACHING_NOTES.schema,
	}),
	glossary: defineCollection({
		// The file is `terms: [...]`; src/content-checks/glossary.ts reports its problems with line numbers.
		loader: file(`${GLOSSARY.base}/${GLOSSARY.pattern}`, {
			parser: (text) => (parseYaml(text) as { terms: Record<string, unknown>[] }).terms,
		}),
		schema: GLOSSARY.schema,
	}),
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
