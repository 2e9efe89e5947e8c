/** `ee mcp`: starts the MCP server. The SDK is in this command's own bundle, so other commands don't pay for it. */
import type { CliCommand } from './command';
import { str } from './command';
import { EXIT_OK } from './io';
import { loadCliData } from './data';
import { serveMcp } from '../mcp/server';

export const command: CliCommand = {
  spec: {
    name: 'mcp',
    summary: 'Model Context Protocol server over stdio, for AI assistants (read-only)',
    description:
      'Serves the Model Context Protocol over stdin/stdout for AI assistants (Claude Desktop, VS Code, …): tools cutoff,\n' +
      'draws, counts, stats, pool, clb, cec_check, crs. Read-only; answers from the refreshed cache when there is one, else\n' +
      'the bundled snapshot. Ends when stdin closes. See docs/mcp.md for client configuration.',
    positionals: [],
    options: [],
    readsData: true,
    json: 'no effect: the protocol is JSON-RPC on stdout',
    exitCodes: '0 when stdin closes, 2 bad options.',
    notes: 'Client configuration (.vscode/mcp.json):\n  { "servers": { "express-entry": { "type": "stdio", "command": "npx", "args": ["ee", "mcp"] } } }',
    examples: ['ee mcp', 'ee mcp --cache-dir ./cache'],
  },
  async run(ctx) {
    const { io } = ctx;
    const dir = str(ctx.args, 'cache-dir');
    // Warnings about the cache go to stderr (stdout is the protocol's).
    const quiet = { ...io, out: io.err };
    await serveMcp({
      load: async () => {
        const d = await loadCliData(dir, quiet);
        return { draws: d.draws, provenance: d.data.provenance, origin: d.origin };
      },
      log: io.err,
    });
    return EXIT_OK;
  },
};
