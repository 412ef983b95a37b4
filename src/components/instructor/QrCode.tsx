/**
 * A QR code as an inline SVG <path> (module matrix from src/instructor/qr.ts). Prints crisply;
 * dark modules on white in both colour schemes so phones can scan it from a screen.
 */
import { useMemo } from 'preact/hooks';
import { qrMatrix } from '../../instructor/qr';

export function QrCode({ text, label }: { text: string; label: string }) {
	const { size, path } = useMemo(() => qrMatrix(text), [text]);
	const quiet = 4;
	const box = size + quiet * 2;
	return (
		<svg
			class="zz-qr"
			role="img"
			aria-label={label}
			viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
			shape-rendering="crispEdges"
			xmlns="http://www.w3.org/2000/svg"
		>
			<rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
			<path d={path} fill="#000" />
		</svg>
	);
}
