/**
 * Looking up UI strings. All of the site's own UI text lives in `src/i18n/zh-CN/<feature>.json`
 * (flat dotted keys, one file per feature so features do not collide); Starlight's own strings are
 * overridden in `src/content/i18n/zh-CN.json`.
 *
 * Owns: `makeT` (islands import only their feature's file, to keep bundles small) and `format`.
 * Must not: contain UI text itself.
 */

export type Dict = Readonly<Record<string, string>>;
export type Vars = Readonly<Record<string, string | number>>;

/** Replace `{name}` placeholders; a placeholder without a value stays visible so it is noticed. */
export function format(template: string, vars?: Vars): string {
	if (!vars) return template;
	return template.replace(/\{(\w+)\}/gu, (whole, name: string) =>
		name in vars ? String(vars[name]) : whole,
	);
}

/** A translator over the keys `K`. */
export type Translator<K extends string> = (key: K, vars?: Vars) => string;

/** The keys of any of the dictionaries `Ds` (a JSON import keeps its keys in its type). */
export type KeyOf<Ds extends readonly Dict[]> = Ds[number] extends infer D
	? D extends Dict
		? keyof D & string
		: never
	: never;

/**
 * A translator over one or more dictionaries. Keys are typed: a typo or a removed key fails
 * `astro check`; a key built at run time (`quiz.type.${type}`) is checked for every value of its type.
 * A missing key still throws, for keys that reach it untyped.
 */
export function makeT<const Ds extends readonly Dict[]>(...dicts: Ds): Translator<KeyOf<Ds>> {
	const merged: Record<string, string> = {};
	for (const dict of dicts) Object.assign(merged, dict);
	return (key, vars) => {
		const template = merged[key];
		if (template === undefined)
			throw new Error(`Missing UI string "${String(key)}" in src/i18n/zh-CN/`);
		return format(template, vars);
	};
}
