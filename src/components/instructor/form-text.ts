/** Reading a submitted form's text fields (islands keep fields uncontrolled so early typing survives hydration). */
export function formText(form: FormData, name: string): string {
	const value = form.get(name);
	return typeof value === 'string' ? value : '';
}

export function formTexts(form: FormData, name: string): string[] {
	return form.getAll(name).filter((v): v is string => typeof v === 'string');
}
