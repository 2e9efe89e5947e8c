// No suite skips silently. A test that needs something the machine may lack (the official feed beside the
// repository, a workspace folder, the local test feed) calls needs(): in CI (CI=true) a missing need is a failure,
// since CI always provides it; on a user's clone the test is skipped and the skip says why.

/** Skips the running test, saying why, or (in CI) fails it. Call first thing in `it(..., function () { ... })`. */
export function needs(test: Mocha.Context, available: unknown, why: string): asserts available {
  if (available) return;
  if (process.env['CI']) throw new Error(`cannot run in CI: ${why}`);
  console.log(`      (skipped: ${why})`);
  test.skip();
}
