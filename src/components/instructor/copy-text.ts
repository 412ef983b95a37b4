/**
 * Copying a link or code to the clipboard: the Clipboard API where the page may use it (https or
 * localhost), otherwise the selected text of a field on the page (an intranet over plain http).
 * Resolves to whether it copied; the caller says so in a status message.
 */
export async function copyText(text: string, field?: HTMLElement | null): Promise<boolean> {
	try {
		if (navigator.clipboard && window.isSecureContext) {
			await navigator.clipboard.writeText(text);
			return true;
		}
	} catch {
		// Refused (no permission, or the page is not focused): try the selection below.
	}
	if (field instanceof HTMLTextAreaElement || field instanceof HTMLInputElement) {
		field.focus();
		field.select();
		try {
			// Deprecated but the only copy that works without the Clipboard API (plain-http intranets).
			return document.execCommand('copy');
		} catch {
			return false;
		}
	}
	return false;
}
