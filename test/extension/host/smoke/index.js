// A tiny host suite for the harness itself (scripts/test-vscode.mjs --smoke): runs inside the real
// extension host and checks that the harness wiring works: the real `vscode` API, the extension under
// development is loaded from this repository, and EE_TEST_FEED_URL reaches the extension host.
// Plain CommonJS, no build step. Uses the repository's mocha with the spec reporter, like the real suite.
'use strict';
const assert = require('node:assert/strict');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '../../../..');
const EXTENSION_ID = 'express-entry-draws.express-entry-draws';

exports.run = async function run() {
  const mochaModule = require(path.join(ROOT, 'node_modules/mocha'));
  const Mocha = mochaModule.Mocha || mochaModule.default || mochaModule;
  const mocha = new Mocha({ ui: 'bdd', reporter: 'spec', color: false, timeout: 60_000 });
  const vscode = require('vscode');

  mocha.suite.emit('pre-require', globalThis, 'smoke', mocha);
  describe('harness smoke', () => {
    it('runs in a real VS Code 1.100 extension host', () => {
      assert.match(vscode.version, /^1\.\d+\.\d+/);
      assert.ok(Number(vscode.version.split('.')[1]) >= 100, `vscode.version ${vscode.version}`);
    });
    it('loads the extension under development from this repository', () => {
      const ext = vscode.extensions.getExtension(EXTENSION_ID);
      assert.ok(ext, `extension ${EXTENSION_ID} not found`);
      assert.equal(path.resolve(ext.extensionUri.fsPath), ROOT);
      assert.equal(ext.packageJSON.name, 'express-entry-draws');
    });
    it('receives EE_TEST_FEED_URL from the harness', () => {
      assert.match(process.env.EE_TEST_FEED_URL || '', /^http:\/\/127\.0\.0\.1:\d+\//);
    });
    it('can download the test feed from the harness', async () => {
      const res = await fetch(process.env.EE_TEST_FEED_URL);
      assert.equal(res.status, 200);
      const feed = await res.json();
      assert.deepEqual(feed.rounds.map((r) => r.drawNumber), ['436', '435']);
    });
    it('opened the test workspace', () => {
      assert.ok(vscode.workspace.workspaceFolders && vscode.workspace.workspaceFolders.length === 1);
    });
  });

  await new Promise((resolve, reject) => {
    mocha.run((failures) => (failures ? reject(new Error(`${failures} smoke test(s) failed`)) : resolve()));
  });
};
