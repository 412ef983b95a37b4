/**
 * Splits an MDX/Markdown file into heading-level sections of plain text, with the same heading ids
 * Astro gives the rendered headings (github-slugger over the heading's text, one slugger per file).
 *
 * Owns: MDX → { heading, id, depth, text } sections for search. Must not: render, or read files.
 * Limits (tests/e2e/search.spec.ts checks every deep link against the built pages): text
 * produced only inside components' own markup (not written in the MDX) is not indexed.
 */
import GithubSlugger from 'github-slugger';
import { parse as parseYaml } from 'yaml';

export interface MdxSection {
	/** Heading text ('' for the part before the first heading). */
	heading: string;
	/** The heading's id on the rendered page ('' for the part before the first heading). */
	id: string;
	depth: number;
	text: string;
}

export interface MdxFile {
	frontmatter: Record<string, unknown>;
	sections: MdxSection[];
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/u;
const HEADING = /^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$/u;
const FENCE = /^(```|~~~)/u;

/** Inline Markdown → its text: links keep their label, emphasis/code marks go, HTML/JSX tags go. */
export function inlineText(line: string): string {
	return (
		line
			.replace(/!\[[^\]]*\]\([^)]*\)/gu, '')
			.replace(/\[([^\]]*)\]\([^)]*\)/gu, '$1')
			// String attributes of JSX/HTML tags that hold Chinese text (a quote passed as a prop) are kept.
			.replace(/<\/?[A-Za-z][^>]*>/gu, (tag) =>
				[...tag.matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/gu)]
					.map((m) => m[1] ?? m[2] ?? '')
					.filter((v) => /\p{Script=Han}/u.test(v))
					.join(' '),
			)
			.replace(/[*_`~]+/gu, '')
			.replace(/\{\/\*[\s\S]*?\*\/\}/gu, '')
	);
}

/** The text of a block line: list markers, quote markers, table pipes and asides' fences removed. */
function blockText(line: string): string {
	const trimmed = line.trim();
	if (/^:::/u.test(trimmed)) return '';
	if (/^(import|export)\s/u.test(trimmed)) return '';
	if (/^\|?[\s:|-]+\|?$/u.test(trimmed) && trimmed.includes('-')) return '';
	return inlineText(
		trimmed
			.replace(/^>+\s?/u, '')
			.replace(/^([-*+]|\d+[.)])\s+/u, '')
			.replace(/\|/gu, ' '),
	).trim();
}

/** Parse one MDX/Markdown file's text into frontmatter and sections. */
export function mdxSections(source: string): MdxFile {
	let body = source;
	let frontmatter: Record<string, unknown> = {};
	const fm = FRONTMATTER.exec(source);
	if (fm) {
		body = source.slice(fm[0].length);
		try {
			const data: unknown = parseYaml(fm[1] ?? '');
			if (data && typeof data === 'object') frontmatter = data as Record<string, unknown>;
		} catch {
			// A broken frontmatter is reported by the content checks; search indexes the body anyway.
		}
	}
	body = body.replace(/<!--[\s\S]*?-->/gu, '').replace(/\{\/\*[\s\S]*?\*\/\}/gu, '');
	const slugger = new GithubSlugger();
	const sections: MdxSection[] = [{ heading: '', id: '', depth: 1, text: '' }];
	const lines: string[][] = [[]];
	let inFence = false;
	for (const line of body.split(/\r?\n/u)) {
		if (FENCE.test(line.trim())) {
			inFence = !inFence;
			continue;
		}
		// Code is not prose a learner searches for.
		if (inFence) continue;
		const heading = HEADING.exec(line);
		if (heading) {
			const text = inlineText(heading[2] ?? '').trim();
			sections.push({ heading: text, id: slugger.slug(text), depth: heading[1]!.length, text: '' });
			lines.push([]);
			continue;
		}
		const text = blockText(line);
		if (text) lines.at(-1)!.push(text);
	}
	sections.forEach((s, i) => (s.text = (lines[i] ?? []).join('\n')));
	return { frontmatter, sections: sections.filter((s, i) => i > 0 || s.text) };
}
