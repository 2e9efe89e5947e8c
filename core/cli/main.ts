/** `ee`: the command line over the core. Each command lives in its own file; this only dispatches. */
import type { CliCommand, CliIO } from './io';
import { EXIT_BAD_INPUT, EXIT_OK } from './io';
import { InputError } from '../types';
import { errorText } from '../present/text';
import { latestCommand } from './latest';
import { cutoffCommand } from './cutoff';
import { drawsCommand } from './draws';
import { countsCommand } from './counts';
import { statsCommand } from './stats';
import { poolCommand } from './pool';
import { refreshCommand } from './refresh';
import { cecCommand } from './cec';
import { clbCommand } from './clb';
import { crsCommand } from './crs';
import { mcpCommand } from './mcp';

const COMMANDS: readonly CliCommand[] = [latestCommand, cutoffCommand, drawsCommand, countsCommand, statsCommand, poolCommand, cecCommand, crsCommand, clbCommand, refreshCommand, mcpCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'ee — Canada Express Entry rounds from IRCC\'s official data (offline by default).',
    '',
    'Usage: ee <command> [arguments] [--json] [--cache-dir DIR]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "ee <command> --help" for a command\'s options. Dates are YYYY-MM-DD.',
    'Exit codes: 0 ok, 1 nothing found, 2 bad input.',
    'Contains information licensed under the Open Government Licence – Canada.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name === undefined ? EXIT_BAD_INPUT : EXIT_OK;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`Unknown command "${name}".\n\n${usage()}`);
    return EXIT_BAD_INPUT;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return EXIT_OK;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    if (e instanceof InputError) {
      io.err(`ee ${name}: ${e.message}`);
      return EXIT_BAD_INPUT;
    }
    io.err(`ee ${name}: unexpected error: ${errorText(e)}`);
    return 3;
  }
}

if (require.main === module) {
  const io: CliIO = {
    out: (t) => process.stdout.write(t + '\n'),
    err: (t) => process.stderr.write(t + '\n'),
    env: process.env,
  };
  main(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      process.stderr.write(`ee: ${errorText(e)}\n`);
      process.exitCode = 3;
    },
  );
}
