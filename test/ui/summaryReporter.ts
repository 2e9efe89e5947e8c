// One closing line per spec file, "<its describe title>: N passed, M failed", which .ci/run's tally() counts.
// A test that did not run (after a failure in its serial group, or a failing beforeAll) counts as failed: a
// check that was not made proves nothing, and no suite may skip silently.
import type { FullResult, Reporter, Suite } from '@playwright/test/reporter';

export default class SummaryReporter implements Reporter {
  private root: Suite | undefined;
  private began = 0;

  onBegin(_config: unknown, suite: Suite): void {
    this.root = suite;
  }

  onTestBegin(): void {
    this.began++;
  }

  onEnd(result: FullResult): void {
    if (this.began === 0 && result.status === 'passed') return; // --list: nothing ran, nothing to count
    const files = this.root?.suites.flatMap((project) => project.suites) ?? [];
    let counted = 0;
    for (const file of files) {
      const title = file.suites[0]?.title || file.title;
      let passed = 0;
      let failed = 0;
      let notRun = 0;
      for (const test of file.allTests()) {
        const outcome = test.outcome();
        if (outcome === 'expected') passed++;
        else if (outcome === 'skipped') notRun++;
        else failed++;
      }
      counted += failed + notRun;
      const note = notRun ? ` (${notRun} did not run)` : '';
      console.log(`${title}: ${passed} passed, ${failed + notRun} failed${note}`);
    }
    // A run that failed before any test could (configuration, global timeout) still counts as one failure.
    if (result.status !== 'passed' && counted === 0) console.log(`vscode ui run: 0 passed, 1 failed (${result.status})`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
