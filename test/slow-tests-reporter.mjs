// A web-test-runner reporter that ends the run with the slowest tests and every failed test by file and name. CI keeps
// only the tail of a long log: this puts what a failure or a creeping suite needs right there, beside the summary.
/** @returns {import('@web/test-runner').Reporter} */
export function slowTestsReporter({ top = 12 } = {}) {
  return {
    onTestRunFinished({ sessions }) {
      /** @type {{ file: string, name: string, ms: number, passed: boolean, error?: string }[]} */
      const tests = [];
      const walk = (file, suite, prefix) => {
        if (!suite) return;
        for (const test of suite.tests) {
          if (test.skipped) continue;
          const name = [...prefix, test.name].join(' › ');
          tests.push({ file, name, ms: test.duration ?? 0, passed: test.passed, error: test.error?.message });
        }
        for (const child of suite.suites) walk(file, child, [...prefix, child.name]);
      };
      for (const session of sessions) {
        const file = session.testFile.replace(`${process.cwd()}/`, '');
        walk(file, session.testResults, []);
        // A file that failed outside any test (an import error, a timeout of the whole file) has session errors only.
        for (const error of session.errors) tests.push({ file, name: '(the file itself)', ms: 0, passed: false, error: error.message });
      }
      const slow = [...tests].sort((a, b) => b.ms - a.ms).slice(0, top);
      const lines = ['', `Slowest ${String(slow.length)} of ${String(tests.length)} browser tests:`];
      for (const test of slow) lines.push(`  ${(test.ms / 1000).toFixed(1).padStart(5)} s  ${test.file} › ${test.name}`);
      const failed = tests.filter((test) => !test.passed);
      if (failed.length) {
        lines.push(`Failed browser tests (${String(failed.length)}):`);
        for (const test of failed) lines.push(`  ✗ ${test.file} › ${test.name}: ${(test.error ?? '').split('\n')[0] ?? ''}`);
      }
      console.log(lines.join('\n'));
    },
  };
}
