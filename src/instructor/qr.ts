/**
 * QR codes as SVG path data, from the `qrcode` library's module matrix (no canvas, no innerHTML).
 * Owns: text → { size, path }. Must not: render (components draw the <svg>).
 */
import QRCode from 'qrcode';

export interface QrMatrix {
	/** Modules per side (without the quiet zone). */
	size: number;
	/** SVG path data, one rectangle per horizontal run of dark modules, in module units. */
	path: string;
}

export function qrMatrix(text: string): QrMatrix {
	const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
	const size = modules.size;
	let path = '';
	for (let y = 0; y < size; y++) {
		let x = 0;
		while (x < size) {
			if (!modules.get(y, x)) {
				x++;
				continue;
			}
			const start = x;
			while (x < size && modules.get(y, x)) x++;
			path += `M${start} ${y}h${x - start}v1h${start - x}z`;
		}
	}
	return { size, path };
}
