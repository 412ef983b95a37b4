/** Reading a submitted form's fields (islands keep fields uncontrolled so early typing survives hydration). */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

export function formTexts(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string');
}

/** A typed pass mark: a whole percent 0–100, or null (empty, fractional, out of range, not a number). */
export function parsePassMark(text: string): number | null {
	const trimmed = text.trim();
	if (!/^\d{1,3}$/u.test(trimmed)) return null;
	const mark = Number(trimmed);
	return mark <= 100 ? mark : null;
}
