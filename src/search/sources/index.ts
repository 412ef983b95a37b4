/**
 * Every search document of the site: one adapter per kind, each reading its files through
 * src/content-kinds (the same files the build loads). Add a kind by adding an adapter here.
 * Owns: the list of adapters. Must not: build the index (../build-index.ts).
 */
import type { SearchDocument } from '../documents';
import { articleDocuments } from './article';
import { caseDocuments } from './cases';
import { glossaryDocuments } from './glossary';
import { lessonDocuments } from './lessons';
import { questionDocuments } from './questions';

/** All documents under the project root `root`. */
export function collectDocuments(root: string): SearchDocument[] {
	return [
		...lessonDocuments(root),
		...articleDocuments(),
		...questionDocuments(root),
		...glossaryDocuments(root),
		...caseDocuments(root),
	];
}
