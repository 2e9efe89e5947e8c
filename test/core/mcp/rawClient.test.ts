/**
 * A minimal MCP client written from the protocol alone (https://modelcontextprotocol.io/specification/2025-06-18:
 * JSON-RPC 2.0 messages, one per line, over the server's stdin/stdout; initialize, notifications/initialized,
 * tools/call), against the built dist/cli.js. The figure it gets is checked against IRCC's feed read plainly here.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { SHARED_FEED } from '../helpers/recount';

const CLI = resolve(__dirname, '../../../dist/cli.js');

interface Message {
  jsonrpc: string;
  id?: number;
  result?: { content?: { type: string; text: string }[]; structuredContent?: Record<string, unknown>; isError?: boolean; protocolVersion?: string };
  error?: { code: number; message: string };
}

class RawClient {
  private buffer = '';
  private readonly waiting = new Map<number, (m: Message) => void>();
  private nextId = 1;
  readonly exited: Promise<number | null>;
  constructor(readonly child: ChildProcessWithoutNullStreams) {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      this.buffer += chunk;
      let nl: number;
      while ((nl = this.buffer.indexOf('\n')) >= 0) {
        const line = this.buffer.slice(0, nl);
        this.buffer = this.buffer.slice(nl + 1);
        const m = JSON.parse(line) as Message;
        if (m.id !== undefined) this.waiting.get(m.id)?.(m);
      }
    });
    this.exited = new Promise((done) => child.on('exit', (code) => done(code)));
  }
  send(value: object): void {
    this.child.stdin.write(JSON.stringify(value) + '\n');
  }
  request(method: string, params: object): Promise<Message> {
    const id = this.nextId++;
    const answer = new Promise<Message>((done) => this.waiting.set(id, done));
    this.send({ jsonrpc: '2.0', id, method, params });
    return answer;
  }
}

/** The CEC cut-off on a date, read from the feed with nothing but JSON.parse and string comparison. */
function cecCutoffFromFeed(date: string): { round: string; crs: number } {
  const rounds = (JSON.parse(readFileSync(SHARED_FEED, 'utf8')) as { rounds: Record<string, string>[] }).rounds;
  const cec = rounds.filter((r) => r['drawName'] === 'Canadian Experience Class' && r['drawDate']! <= date);
  cec.sort((a, b) => (a['drawDate']! < b['drawDate']! ? 1 : -1));
  return { round: cec[0]!['drawNumber']!, crs: Number(cec[0]!['drawCRS']) };
}

describe('ee mcp: a client written from the protocol alone', () => {
  let cacheDir: string;
  let client: RawClient;
  before(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'ee-mcp-raw-'));
    client = new RawClient(spawn(process.execPath, [CLI, 'mcp', '--cache-dir', cacheDir], { stdio: 'pipe' }));
  });
  after(() => {
    client.child.kill();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('the feed itself says the CEC cut-off on 2025-11-29 was 531 in round 381', () => {
    assert.deepEqual(cecCutoffFromFeed('2025-11-29'), { round: '381', crs: 531 });
  });

  it('initializes, asks for the CEC cut-off on 2025-11-29 and gets the feed\'s figure', async () => {
    const init = await client.request('initialize', { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw-test', version: '0' } });
    assert.equal(init.result?.protocolVersion, '2025-06-18');
    client.send({ jsonrpc: '2.0', method: 'notifications/initialized' });
    const expected = cecCutoffFromFeed('2025-11-29');
    const m = await client.request('tools/call', { name: 'cutoff', arguments: { category: 'CEC', date: '2025-11-29' } });
    assert.equal(m.error, undefined);
    assert.notEqual(m.result?.isError, true);
    const data = m.result!.structuredContent!;
    assert.equal(data['crs'], expected.crs);
    assert.equal((data['round'] as { round: number }).round, Number(expected.round));
    assert.match(String(data['officialPage']), /^https:\/\/www\.canada\.ca\/.*invitations\.html\?q=381$/);
    const text = m.result!.content![0]!.text;
    assert.match(text, new RegExp(`CRS ${expected.crs}, in round #${expected.round}`));
    assert.match(text, /newest round #\d+ of \d{4}-\d{2}-\d{2}/);
  });

  it('a bad category is a tool error (isError) with our message, not a protocol error', async () => {
    const m = await client.request('tools/call', { name: 'cutoff', arguments: { category: 'NOPE' } });
    assert.equal(m.error, undefined);
    assert.equal(m.result?.isError, true);
    assert.match(m.result.content![0]!.text, /Unknown category "NOPE"/);
  });

  it('a line that is not JSON does not end the server', async () => {
    client.child.stdin.write('this is not json\n');
    const m = await client.request('tools/call', { name: 'cutoff', arguments: { category: 'french', date: '2025-11-29' } });
    assert.equal(typeof m.result?.structuredContent?.['crs'], 'number');
  });

  it('closing stdin ends the server (exit code 0), after answering what it was asked', async () => {
    const last = client.request('tools/call', { name: 'counts', arguments: { year: 2025 } });
    client.child.stdin.end();
    assert.equal(typeof (await last).result?.structuredContent?.['total'], 'number');
    const code = await Promise.race([client.exited, new Promise<string>((done) => setTimeout(() => done('still running after 10 s'), 10_000))]);
    assert.equal(code, 0);
  });
});
