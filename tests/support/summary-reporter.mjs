/**
 * A Playwright reporter that ends the run with one plain line, alone on its line, for CI to read:
 *   `N passed, N failed`
 * Counted per test after retries: flaky tests count as passed, failed and timed-out ones as failed;
 * skipped ones are not counted.
 */
export default class SummaryReporter {
	/** @type {import('@playwright/test/reporter').Suite | undefined} */
	suite;

	/**
	 * @param {import('@playwright/test/reporter').FullConfig} _config
	 * @param {import('@playwright/test/reporter').Suite} suite
	 */
	onBegin(_config, suite) {
		this.suite = suite;
	}

	onEnd() {
		let passed = 0;
		let failed = 0;
		for (const test of this.suite?.allTests() ?? []) {
			const outcome = test.outcome();
			if (outcome === 'expected' || outcome === 'flaky') passed++;
			else if (outcome === 'unexpected') failed++;
		}
		process.stdout.write(`\n${passed} passed, ${failed} failed\n`);
	}

	printsToStdio() {
		return false;
	}
}
