/**
 * Geometry of the five-axis mastery radar (SVG coordinates). Pure: the dashboard renders it.
 * Owns: axis angles (first axis straight up, clockwise), points for values 0–1, grid rings and
 * label anchors. Must not: know about capacities or text.
 */

export interface Point {
	x: number;
	y: number;
}

export interface RadarFrame {
	cx: number;
	cy: number;
	r: number;
}

function round(n: number): number {
	return Math.round(n * 100) / 100;
}

/** The angle (radians) of axis i of n: axis 0 points up, then clockwise. */
export function axisAngle(i: number, n: number): number {
	return -Math.PI / 2 + (2 * Math.PI * i) / n;
}

/** The point at `value` (clamped to 0–1) along axis i of n. */
export function pointOnAxis(frame: RadarFrame, i: number, n: number, value: number): Point {
	const v = Math.min(1, Math.max(0, Number.isFinite(value) ? value : 0));
	const a = axisAngle(i, n);
	return {
		x: round(frame.cx + frame.r * v * Math.cos(a)),
		y: round(frame.cy + frame.r * v * Math.sin(a)),
	};
}

/** An SVG `points` attribute for a polygon through `values` (one per axis). */
export function polygonPoints(frame: RadarFrame, values: readonly number[]): string {
	return values
		.map((v, i) => pointOnAxis(frame, i, values.length, v))
		.map((p) => `${p.x},${p.y}`)
		.join(' ');
}

/** Grid rings at the given levels (e.g. 0.25, 0.5, 0.75, 1) for n axes. */
export function gridRings(frame: RadarFrame, n: number, levels: readonly number[]): string[] {
	return levels.map((level) => polygonPoints(frame, Array<number>(n).fill(level)));
}

/** Where to put axis i's label, and how to anchor its text. */
export function labelAnchor(
	frame: RadarFrame,
	i: number,
	n: number,
	offset: number,
): Point & { anchor: 'start' | 'middle' | 'end' } {
	const a = axisAngle(i, n);
	const x = round(frame.cx + (frame.r + offset) * Math.cos(a));
	const y = round(frame.cy + (frame.r + offset) * Math.sin(a));
	const c = Math.cos(a);
	const anchor = Math.abs(c) < 0.2 ? 'middle' : c > 0 ? 'start' : 'end';
	return { x, y, anchor };
}
