import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { article } from '../../src/article/source';
import { checkGlossary, GLOSSARY_FILE } from '../../src/content-checks/glossary';

const source = readFileSync(new URL(`../../${GLOSSARY_FILE}`, import.meta.url), 'utf8');

describe('checkGlossary()', () => {
	it('accepts the project glossary: at least 30 terms, every quote verbatim', () => {
		const { problems, terms } = checkGlossary(source, article.paragraphs);
		expect(problems).toEqual([]);
		expect(terms.length).toBeGreaterThanOrEqual(30);
	});
});
