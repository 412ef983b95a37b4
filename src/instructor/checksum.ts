/**
 * CRC-32 (IEEE 802.3, the zip/PNG polynomial) over the ASCII characters of a receipt code.
 *
 * Why CRC-32: it detects every error confined to 32 consecutive bits, so every single mistyped
 * character and every swap of two neighbouring characters in a code is caught (tests prove both over
 * a real receipt). Owns: the checksum only. Must not: know what a receipt contains.
 */

const TABLE = (() => {
	const table = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		table[n] = c >>> 0;
	}
	return table;
})();

/** CRC-32 of a string's UTF-16 code units taken as bytes (codes are ASCII, so this is the byte CRC). */
export function crc32(text: string): number {
	let crc = 0xffffffff;
	for (let i = 0; i < text.length; i++) {
		crc = TABLE[(crc ^ text.charCodeAt(i)) & 0xff]! ^ (crc >>> 8);
	}
	return (crc ^ 0xffffffff) >>> 0;
}

/** The checksum as 8 lower-case hex digits, as it is appended to a receipt code. */
export function crc32Hex(text: string): string {
	return crc32(text).toString(16).padStart(8, '0');
}
