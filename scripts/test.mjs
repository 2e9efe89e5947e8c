// `npm test`: build once, then the typecheck and the unit tests side by side. Both are single-threaded, and most of
// the tests' time is spent waiting (child processes, local HTTP servers, timeouts), so mocha runs its files in
// parallel worker processes. Arguments are passed to mocha (`npm test -- --forbid-pending`). The typecheck's output
// is printed after the tests, so the two never interleave; the exit code is non-zero when either fails.
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function run(args, { capture = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, {
      stdio: capture ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    let output = '';
    if (capture) {
      child.stdout.on('data', (d) => (output += d));
      child.stderr.on('data', (d) => (output += d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const started = performance.now();
const built = await run(['scripts/build.mjs']);
if (built.code !== 0) process.exit(built.code);

// At least 3 workers even on 2 cores: the tests wait more than they compute.
const jobs = Math.max(3, availableParallelism());
const [typecheck, tests] = await Promise.all([
  // The package's own "typecheck" script (one definition of the tsc options), through the npm that runs this.
  process.env.npm_execpath
    ? run([process.env.npm_execpath, 'run', '-s', 'typecheck'], { capture: true })
    : run([require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json', '--noEmit'], { capture: true }),
  run([require.resolve('mocha/bin/mocha.js'), '--parallel', '--jobs', String(jobs), ...process.argv.slice(2)], { env: { EE_TEST_BUILT: '1' } }),
]);
if (typecheck.code !== 0) {
  process.stderr.write(`\ntypecheck failed:\n${typecheck.output}`);
} else {
  process.stdout.write(`typecheck: no errors\n`);
}
process.stdout.write(`npm test: ${((performance.now() - started) / 1000).toFixed(1)} s (build, then typecheck and ${jobs} test workers side by side)\n`);
process.exit(typecheck.code !== 0 ? typecheck.code : tests.code);
