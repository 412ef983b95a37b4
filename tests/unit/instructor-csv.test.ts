import { describe, expect, it } from 'vitest';
import { BOM, csvCell, toCsv } from '../../src/instructor/csv';

describe('toCsv()', () => {
	it('starts with a UTF-8 BOM and ends rows with CRLF', () => {
		const csv = toCsv([
			['姓名', '单位'],
			['张三', '某村'],
		]);
		expect(csv.startsWith(BOM)).toBe(true);
		expect(csv).toBe('\uFEFF姓名,单位\r\n张三,某村\r\n');
		expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
	});
	it('quotes commas, quotes and line breaks', () => {
		expect(csvCell('a,b')).toBe('"a,b"');
		expect(csvCell('他说"好"')).toBe('"他说""好"""');
		expect(csvCell('一\n二')).toBe('"一\n二"');
		expect(csvCell(' 空格 ')).toBe('" 空格 "');
	});
	it('neutralises formula injection', () => {
		for (const f of ['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\t=x', '\r=x']) {
			expect(csvCell(f).replace(/^"/u, '').startsWith("'")).toBe(true);
		}
		expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
	});
	it('writes numbers as numbers and null as empty', () => {
		expect(csvCell(-5)).toBe('-5');
		expect(csvCell(null)).toBe('');
	});
});
