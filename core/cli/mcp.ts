/** `ee mcp`: starts the MCP server. The SDK is loaded only when this command runs, so other commands don't pay for it. */
import type { CliCommand } from './io';
import { EXIT_OK } from './io';
import { parse } from './args';
import { loadCliDataAt } from './data';
import { str } from './args';
import { InputError } from '../types';

export const mcpCommand: CliCommand = {
  name: 'mcp',
  summary: 'Model Context Protocol server over stdio, for AI assistants (read-only)',
  help: `ee mcp [--cache-dir DIR]

Serves the Model Context Protocol over stdin/stdout for AI assistants (Claude Desktop, VS Code, …): tools cutoff,
draws, counts, stats, pool, clb, cec_check, crs. Read-only; answers from the refreshed cache when there is one, else the
bundled snapshot. Ends when stdin closes. See docs/mcp.md for client configuration.

Example (.vscode/mcp.json):
  { "servers": { "express-entry": { "type": "stdio", "command": "npx", "args": ["ee", "mcp"] } } }`,
  async run(args, io) {
    const p = parse(args, {}, 0);
    const dir = str(p, 'cache-dir');
    if (dir === '') throw new InputError('--cache-dir needs a directory.');
    const { serveMcp } = await import('../mcp/server');
    // Warnings about the cache go to stderr (stdout is the protocol's).
    const quiet = { ...io, out: io.err };
    await serveMcp({
      load: async () => {
        const d = await loadCliDataAt(dir, quiet);
        return { draws: d.draws, provenance: d.data.provenance, origin: d.origin };
      },
      log: io.err,
    });
    return EXIT_OK;
  },
};
