import { describe, expect, it } from 'vitest';
import {
	axisAngle,
	gridRings,
	labelAnchor,
	pointOnAxis,
	polygonPoints,
} from '../../src/progress/radar';

const frame = { cx: 100, cy: 100, r: 50 };

describe('radar geometry', () => {
	it('starts the first axis straight up and goes clockwise', () => {
		expect(axisAngle(0, 5)).toBeCloseTo(-Math.PI / 2);
		expect(pointOnAxis(frame, 0, 5, 1)).toEqual({ x: 100, y: 50 });
		const second = pointOnAxis(frame, 1, 5, 1);
		expect(second.x).toBeGreaterThan(100);
		expect(second.y).toBeLessThan(100);
	});

	it('puts 0 at the centre, clamps out-of-range values and treats NaN as 0', () => {
		expect(pointOnAxis(frame, 3, 5, 0)).toEqual({ x: 100, y: 100 });
		expect(pointOnAxis(frame, 0, 5, 2)).toEqual({ x: 100, y: 50 });
		expect(pointOnAxis(frame, 0, 5, Number.NaN)).toEqual({ x: 100, y: 100 });
	});

	it('draws a polygon with one point per value and rings at each level', () => {
		expect(polygonPoints(frame, [1, 0.5, 0, 0, 0]).split(' ')).toHaveLength(5);
		expect(polygonPoints(frame, [0.5, 0.5, 0.5, 0.5]).split(' ')[0]).toBe('100,75');
		expect(gridRings(frame, 5, [0.5, 1])).toHaveLength(2);
	});

	it('anchors labels away from the centre', () => {
		expect(labelAnchor(frame, 0, 5, 10)).toEqual({ x: 100, y: 40, anchor: 'middle' });
		expect(labelAnchor(frame, 1, 5, 10).anchor).toBe('start');
		expect(labelAnchor(frame, 4, 5, 10).anchor).toBe('end');
	});
});
