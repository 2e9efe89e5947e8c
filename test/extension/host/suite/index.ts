/**
 * The extension's in-host test suite, run inside a real VS Code extension host (code-server) with the real `vscode`
 * API. Bundled by extension/build.mjs to dist/test/host/index.js; the workbench calls run() (extensionTestsPath).
 */
import Mocha from 'mocha';
import { activationTests } from './activation';
import { treeTests } from './trees';
import { hoverTests } from './hovers';
import { profileTests } from './profile';
import { commandTests } from './commands';
import { settingsTests } from './settings';
import { hardeningTests } from './hardening';
import { crsTests } from './crs';
import { lmToolTests } from './lmTools';
import { categoryTests } from './categories';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 30_000, color: false, reporter: 'spec' });
  // The suite is one bundle: give it mocha's globals (describe, it…) before the suites register their tests.
  mocha.suite.emit('pre-require', globalThis, 'express-entry-host-suite', mocha);
  activationTests();
  treeTests();
  hoverTests();
  profileTests();
  commandTests();
  settingsTests();
  crsTests();
  lmToolTests();
  categoryTests();
  // Last: network faults, bad caches, hostile profiles, then a hostile feed (undone at its end).
  hardeningTests();
  return new Promise((resolve, reject) => {
    try {
      mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} extension host test${failures === 1 ? '' : 's'} failed.`)) : resolve()));
    } catch (e) {
      reject(e instanceof Error ? e : new Error(String(e)));
    }
  });
}
