/**
 * `ee mcp`: a Model Context Protocol server over stdio (https://modelcontextprotocol.io/specification), on the official
 * TypeScript SDK. Its tools are the core's answer table (core/answers), read-only. Every call reads the data again
 * (the refreshed cache when there is one, else the bundled snapshot), so an `ee refresh` elsewhere is seen at once.
 * stdout carries only protocol messages; warnings go to stderr. Closing stdin ends the server.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { CallToolRequestSchema, ListToolsRequestSchema, type CallToolResult, type Tool } from '@modelcontextprotocol/sdk/types.js';
import { version } from '../../package.json';
import { InputError } from '../types';
import { ANSWER_TOOLS, answer, type AnswerContext } from '../answers/index';
import { AjvJsonSchemaValidator } from './noElicitation';

export interface McpOptions {
  /** Reads the data for one call. */
  readonly load: () => Promise<AnswerContext>;
  readonly stdin?: NodeJS.ReadableStream;
  readonly stdout?: NodeJS.WritableStream;
  /** Where unexpected failures are logged (never stdout). */
  readonly log: (text: string) => void;
}

export const INSTRUCTIONS =
  "Canada Express Entry answers from IRCC's official rounds data: CRS cut-offs by category and date, rounds, counts, " +
  'cut-off statistics, the pool distribution, CLB levels and the Canadian Experience Class check. Every answer states ' +
  'the newest round in the data and, for one round, the official round page. Read-only.';

/** The tools as MCP lists them: the answer table's names, descriptions and JSON Schemas, all read-only. */
export function mcpTools(): Tool[] {
  return ANSWER_TOOLS.map((t) => ({
    name: t.name,
    title: t.title,
    description: t.description,
    inputSchema: t.inputSchema as Tool['inputSchema'],
    annotations: { title: t.title, readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false },
  }));
}

/** One tool call: bad arguments and every other failure become a tool error with our message, never a protocol error. */
export async function callTool(name: string, args: unknown, load: () => Promise<AnswerContext>, log: (t: string) => void): Promise<CallToolResult> {
  try {
    const a = answer(name, args, await load());
    return { content: [{ type: 'text', text: a.text }], structuredContent: { ...a.data } };
  } catch (e) {
    if (!(e instanceof InputError)) log(`ee mcp: ${name}: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    const message = e instanceof InputError ? e.message : `Unexpected error: ${e instanceof Error ? e.message : String(e)}`;
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}

/** Serves until stdin ends; resolves then (after the answers still being computed are sent). */
export async function serveMcp(options: McpOptions): Promise<void> {
  const server = new Server(
    { name: 'express-entry-draws', title: 'Express Entry Draws', version },
    { capabilities: { tools: {} }, instructions: INSTRUCTIONS, jsonSchemaValidator: new AjvJsonSchemaValidator() },
  );
  const pending = new Set<Promise<CallToolResult>>();
  server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: mcpTools() }));
  server.setRequestHandler(CallToolRequestSchema, (request) => {
    const call = callTool(request.params.name, request.params.arguments, options.load, options.log);
    pending.add(call);
    void call.finally(() => pending.delete(call));
    return call;
  });
  server.onerror = (e) => options.log(`ee mcp: ${e.message}`);
  const stdin = options.stdin ?? process.stdin;
  const transport = new StdioServerTransport(stdin as NodeJS.ReadStream & typeof process.stdin, (options.stdout ?? process.stdout) as NodeJS.WriteStream & typeof process.stdout);
  const ended = new Promise<void>((resolve) => {
    stdin.once('end', resolve);
    stdin.once('close', resolve);
  });
  await server.connect(transport);
  await ended;
  await Promise.allSettled([...pending]);
  // Let the SDK write the last responses before the transport closes.
  await new Promise((resolve) => setImmediate(resolve));
  await server.close();
}
