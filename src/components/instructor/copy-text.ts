/**
 * Copying a link or code with the Clipboard API. Where the page may not use it (an intranet over
 * plain http) or it is refused, the field's text is selected instead, so one Ctrl+C or a long press
 * copies it. Resolves to whether it copied; the caller says which in a status message.
 */
export async function copyText(text: string, field?: HTMLElement | null): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused (no permission, or the page is not focused): select the text below.
	}
	if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
		field.focus();
		field.select();
	}
	return false;
}
