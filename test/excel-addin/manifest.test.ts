/**
 * The built manifest.xml, read with office-addin-manifest's reading API (the online validator cannot run here) and
 * checked for the structure Excel needs: namespace EE, requirement sets, the shared runtime, icons, resids.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { ensureBuilt, distFile } from './helpers/bundle';
import { HELP_SOURCE, baseUrl, helpUrl } from '../../excel-addin/build.mjs';

const BASE = baseUrl();

/** Resources of the manifest: id → DefaultValue, for every bt:Image, bt:Url and bt:String. */
function resources(xml: string): Map<string, string> {
  const out = new Map<string, string>();
  const section = /<Resources>([\s\S]*?)<\/Resources>/.exec(xml)?.[1] ?? '';
  for (const m of section.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"\s+DefaultValue="([^"]*)"\s*\/>/g)) {
    assert.ok(!out.has(m[1]!), `resource ${m[1]} defined once`);
    out.set(m[1]!, m[2]!);
  }
  return out;
}

/** Width and height of a PNG from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const b = readFileSync(file);
  assert.equal(b.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', `${file} is a PNG`);
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe('excel-addin: manifest.xml', function () {
  this.timeout(120_000);
  let xml: string;
  before(async () => {
    await ensureBuilt();
    xml = readFileSync(distFile('manifest.xml'), 'utf8');
  });

  it('reads with office-addin-manifest as an Excel task-pane add-in', async () => {
    const info = await OfficeAddinManifest.readManifestFile(distFile('manifest.xml'));
    assert.equal(info.manifestType, 'xml');
    assert.equal(info.officeAppType, 'TaskPaneApp');
    assert.match(info.id ?? '', /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.equal(info.displayName, 'Express Entry Draws');
    assert.deepEqual(info.hosts, ['Workbook']);
    assert.equal(info.iconUrl, `${BASE}/assets/icon-32.png`);
    assert.equal(info.highResolutionIconUrl, `${BASE}/assets/icon-64.png`);
    assert.equal(info.defaultSettings?.sourceLocation, `${BASE}/taskpane.html`);
    assert.ok(info.appDomains?.includes(BASE));
  });

  it('declares CustomFunctionsRuntime 1.2 (CustomFunctions.Error with a message) and SharedRuntime 1.1', () => {
    assert.match(xml, /<Set Name="CustomFunctionsRuntime" MinVersion="1\.2"\/>/);
    assert.doesNotMatch(xml, /CustomFunctionsRuntime" MinVersion="1\.1"/);
    assert.match(xml, /<Set Name="SharedRuntime" MinVersion="1\.1"\/>/);
  });

  it('uses one long-lived shared runtime: the task pane page runs the functions', () => {
    assert.match(xml, /<Runtime resid="Taskpane\.Url" lifetime="long"\/>/);
    const cf = /<ExtensionPoint xsi:type="CustomFunctions">([\s\S]*?)<\/ExtensionPoint>/.exec(xml)?.[1] ?? '';
    assert.match(cf, /<Script>\s*<SourceLocation resid="Functions\.Script\.Url"\/>/);
    assert.match(cf, /<Page>\s*<SourceLocation resid="Taskpane\.Url"\/>/);
    assert.match(cf, /<Metadata>\s*<SourceLocation resid="Functions\.Metadata\.Url"\/>/);
    assert.match(cf, /<Namespace resid="Functions\.Namespace"\/>/);
  });

  it('namespace EE; every resid resolves; URLs point at built files', () => {
    const res = resources(xml);
    assert.equal(res.get('Functions.Namespace'), 'EE');
    const used = [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]!);
    assert.ok(used.length >= 15);
    for (const id of used) assert.ok(res.has(id), `resid ${id} resolves`);
    for (const [id, value] of res) {
      if (!value.startsWith(BASE)) continue;
      const file = value.slice(BASE.length + 1);
      assert.ok(existsSync(distFile(file)), `${id} → ${file} exists in dist/excel-addin`);
    }
    assert.equal(res.get('Functions.Script.Url'), `${BASE}/functions.js`);
    assert.equal(res.get('Functions.Metadata.Url'), `${BASE}/functions.json`);
  });

  it('has a ribbon button that opens the task pane', () => {
    const button = /<Control xsi:type="Button" id="EE\.TaskpaneButton">([\s\S]*?)<\/Control>/.exec(xml)?.[1] ?? '';
    assert.match(button, /<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="Taskpane\.Url"\/>/);
  });

  it('icons are real PNGs of 16, 32, 64 and 80 px', () => {
    const res = resources(xml);
    for (const size of [16, 32, 64, 80]) {
      const url = res.get(`Icon.${size}x${size}`);
      assert.equal(url, `${BASE}/assets/icon-${size}.png`);
      assert.deepEqual(pngSize(distFile(`assets/icon-${size}.png`)), [size, size]);
    }
  });

  it('support and "learn more" links go to the help page built from docs/excel.md, which exists', () => {
    const support = /<SupportUrl DefaultValue="([^"]+)"\/>/.exec(xml)?.[1];
    assert.equal(support, `${BASE}/help.html`);
    assert.equal(resources(xml).get('GetStarted.LearnMoreUrl'), `${BASE}/help.html`);
    assert.notEqual(support, `${BASE}/taskpane.html`);
    const help = readFileSync(distFile('help.html'), 'utf8');
    const doc = readFileSync(HELP_SOURCE, 'utf8');
    // Every heading of the documentation is on the help page.
    const headings = [...doc.matchAll(/^#{1,3} (.+)$/gm)].map((m) => m[1]!.replace(/[`*]/g, ''));
    assert.ok(headings.length >= 8);
    for (const h of headings) assert.ok(help.includes(h.replace(/&/g, '&amp;')), `help.html has "${h}"`);
    assert.match(help, /Content-Security-Policy/);
  });

  it('the help URL is configurable (ADDIN_HELP_URL) and must be a plain http(s) URL', () => {
    const saved = process.env['ADDIN_HELP_URL'];
    try {
      process.env['ADDIN_HELP_URL'] = 'https://example.org/docs/excel';
      assert.equal(helpUrl(), 'https://example.org/docs/excel');
      process.env['ADDIN_HELP_URL'] = 'javascript:alert(1)';
      assert.throws(() => helpUrl(), /not a plain http/);
    } finally {
      if (saved === undefined) delete process.env['ADDIN_HELP_URL'];
      else process.env['ADDIN_HELP_URL'] = saved;
    }
  });

  it('every description (functions, parameters, results, manifest strings) is at most 128 characters', () => {
    const meta = JSON.parse(readFileSync(distFile('functions.json'), 'utf8')) as {
      functions: { id: string; description?: string; parameters: { name: string; description?: string }[]; result?: { description?: string } }[];
    };
    const texts: [string, string][] = [];
    for (const f of meta.functions) {
      texts.push([f.id, f.description ?? '']);
      for (const p of f.parameters) texts.push([`${f.id}.${p.name}`, p.description ?? '']);
      if (f.result?.description) texts.push([`${f.id} result`, f.result.description]);
    }
    for (const m of xml.matchAll(/<(Description|bt:String) [^>]*DefaultValue="([^"]*)"/g)) texts.push([m[1]!, m[2]!.replace(/&quot;/g, '"')]);
    assert.ok(texts.length > 50, `${texts.length} texts`);
    const long = texts.filter(([, t]) => t.length > 128).map(([id, t]) => `${id} (${t.length})`);
    assert.deepEqual(long, []);
    assert.ok(meta.functions.every((f) => (f.description ?? '').length > 10), 'every function has a description');
  });

  it('has no placeholder left', () => {
    assert.doesNotMatch(xml, /\{\{|\}\}/);
  });
});
