/**
 * Local calendar dates for streaks and 今日复习: a learner's "day" is their own time zone's day.
 * Owns: `localDay(ms)` → `YYYY-MM-DD`, day arithmetic on those keys, end of the local day.
 */

function pad(n: number): string {
	return String(n).padStart(2, '0');
}

/** The local date of an instant, as `YYYY-MM-DD`. */
export function localDay(ms: number): string {
	const d = new Date(ms);
	return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** The day before a `YYYY-MM-DD` key (calendar arithmetic, safe across DST changes). */
export function previousDay(day: string): string {
	const [y, m, d] = day.split('-').map(Number) as [number, number, number];
	const date = new Date(y, m - 1, d - 1, 12);
	return localDay(date.getTime());
}

/** The last millisecond of the local day that contains `ms`. */
export function endOfLocalDay(ms: number): number {
	const d = new Date(ms);
	return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1).getTime() - 1;
}
