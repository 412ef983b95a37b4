/**
 * Every search document of the site: one adapter per kind, each yielding nothing when its content
 * does not exist yet. Add a kind by adding an adapter here.
 * Owns: the list of adapters. Must not: build the index (../build-index.ts).
 */
import type { SearchDocument } from '../documents';
import { articleDocuments } from './article';
import { caseDocuments } from './cases';
import { glossaryDocuments } from './glossary';
import { lessonDocuments } from './lessons';
import { questionDocuments } from './questions';

/** All documents under the project root `root` (the article always; the rest as they exist). */
export function collectDocuments(root: string): SearchDocument[] {
	return [
		...lessonDocuments(root),
		...articleDocuments(),
		...questionDocuments(root),
		...glossaryDocuments(root),
		...caseDocuments(root),
	];
}
