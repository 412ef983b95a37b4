/**
 * CSV for spreadsheet programs: UTF-8 with a byte-order mark (so Excel shows Chinese correctly),
 * CRLF line ends, RFC 4180 quoting, and formula-injection defence (a cell starting with = + - @,
 * tab or carriage return gets a leading apostrophe so a spreadsheet shows it as text).
 * Owns: turning rows of cells into CSV text. Must not: know what the rows mean.
 */

export const BOM = '\uFEFF';

export function csvCell(value: string | number | null): string {
	let text = value === null ? '' : String(value);
	if (typeof value === 'string' && /^[=+\-@\t\r]/u.test(text)) text = `'${text}`;
	return /[",\r\n]/u.test(text) || text !== text.trim() ? `"${text.replace(/"/gu, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null)[])[]): string {
	return BOM + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
