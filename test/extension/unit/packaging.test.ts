// The .vsix packaging, read from the files vsce reads: no question asked (repository set), the extension's own
// README with its pictures inside the package, VS Code 1.100 as the minimum. The CI step `package` builds the real
// .vsix and `ui-vsix` installs it in a fresh code-server.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');

interface Manifest {
  repository?: { url?: string };
  bugs?: { url?: string };
  homepage?: string;
  engines: { vscode: string };
  scripts: Record<string, string>;
}
const manifest = JSON.parse(read('package.json')) as Manifest;

/** Markdown image targets: ![alt](target). */
function images(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1]!);
}

describe('packaging the VS Code extension', () => {
  it('names the repository, bugs and homepage, so vsce never stops to ask', () => {
    assert.match(manifest.repository?.url ?? '', /^https:\/\/\S+\.git$/);
    assert.match(manifest.bugs?.url ?? '', /^https:\/\//);
    assert.match(manifest.homepage ?? '', /^https:\/\//);
  });

  it('requires VS Code 1.100 or later, and the packaged README says so and how to install the .vsix', () => {
    assert.equal(manifest.engines.vscode, '^1.100.0');
    const readme = read('extension/README.md');
    assert.match(readme, /VS Code 1\.100 or later/);
    assert.match(readme, /Install from VSIX…/);
    assert.match(manifest.scripts['package'] ?? '', /--readme-path extension\/README\.md/);
  });

  it('packages every picture of extension/README.md: relative to the package root, kept by .vscodeignore, no SVG', () => {
    const pictures = images(read('extension/README.md'));
    assert.ok(pictures.length >= 4, `only ${pictures.length} pictures`);
    const kept = read('.vscodeignore').split('\n').filter((l) => l.startsWith('!')).map((l) => l.slice(1).trim());
    for (const picture of pictures) {
      assert.doesNotMatch(picture, /^(\w+:|\/|\.\.)/, `${picture} must be a path inside the package`);
      assert.doesNotMatch(picture, /\.svg$/i, `${picture}: vsce refuses SVG pictures in a README`);
      assert.ok(existsSync(join(ROOT, picture)), `${picture} does not exist`);
      assert.ok(kept.includes(picture), `${picture} is not kept by .vscodeignore`);
    }
  });
});
