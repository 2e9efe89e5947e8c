/**
 * The `ee` process: runs main() with the real stdout, stderr and environment, and sets the exit code.
 * A reader that stops early (`ee draws | head -1`) closes the pipe: that ends the command quietly with exit 0,
 * as for any Unix filter, instead of an EPIPE stack trace.
 */
import { main } from './main';
import type { CliIO } from './io';
import { EXIT_OK, EXIT_UNEXPECTED } from './io';

function quietOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(EXIT_OK);
    throw e;
  });
}

quietOnClosedPipe(process.stdout);
quietOnClosedPipe(process.stderr);

const io: CliIO = {
  out: (t) => void process.stdout.write(t + '\n'),
  err: (t) => void process.stderr.write(t + '\n'),
  env: process.env,
};

main(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`ee: unexpected error: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = EXIT_UNEXPECTED;
  },
);
