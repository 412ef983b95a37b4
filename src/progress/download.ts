/**
 * Saving text as a file in the browser (export, backups). Owns: the Blob + `<a download>` dance.
 */
export function downloadText(fileName: string, text: string): void {
	const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
