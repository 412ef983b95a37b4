/**
 * The question bank at build time: every question from `quizzes/bank/*.yaml`, flattened, by id.
 * Owns: loading. Must not: validate across files (src/content-checks does, with file and line).
 */
import { getCollection } from 'astro:content';
import type { Question } from '../schemas/question';

export async function getQuestions(): Promise<Question[]> {
	const files = await getCollection('questions');
	return files.sort((a, b) => a.id.localeCompare(b.id)).flatMap((file) => file.data.questions);
}

export async function getQuestionMap(): Promise<Map<string, Question>> {
	return new Map((await getQuestions()).map((q) => [q.id, q]));
}
