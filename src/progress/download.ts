/**
 * Saving text as a file in the browser (progress export and backups, 班级汇总's CSV and class file).
 * Owns: the Blob + `<a download>` dance.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
