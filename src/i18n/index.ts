/**
 * The site's translator for Astro components (build time): every feature file under ./zh-CN/ (add a
 * new feature file here). Islands import their own feature file with `makeT` from ./translate instead.
 */
import cases from './zh-CN/cases.json';
import classroom from './zh-CN/classroom.json';
import classview from './zh-CN/classview.json';
import glossary from './zh-CN/glossary.json';
import home from './zh-CN/home.json';
import instructor from './zh-CN/instructor.json';
import lesson from './zh-CN/lesson.json';
import notes from './zh-CN/notes.json';
import offline from './zh-CN/offline.json';
import outline from './zh-CN/outline.json';
import progress from './zh-CN/progress.json';
import quiz from './zh-CN/quiz.json';
import search from './zh-CN/search.json';
import site from './zh-CN/site.json';
import { makeT } from './translate';

export const t = makeT(
	cases,
	classroom,
	classview,
	glossary,
	home,
	instructor,
	lesson,
	notes,
	offline,
	outline,
	progress,
	quiz,
	search,
	site,
);
export { format, makeT } from './translate';
