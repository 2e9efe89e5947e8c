import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { checkProfileText } from '../../../extension/profile/check';
import { ruleNodes, verdictTitle, profileDescription } from '../../../extension/profile/cecModel';
import { exampleProfile } from '../../../extension/profile/template';
import { crsFromJson } from '../../../core/index';

const fixture = (name: string): string => readFileSync(new URL(`../../fixtures/workspace/${name}`, import.meta.url), 'utf8');
/** 1-based line of an offset. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;
/** 1-based line of the first line containing `needle` after line `after`. */
const lineWith = (text: string, needle: string, after = 0): number => text.split('\n').findIndex((l, i) => i >= after && l.includes(needle)) + 1;

describe('extension CEC profile: diagnostics, CodeLens, view', () => {
  it('puts each broken rule of the bad profile on its line', () => {
    const text = fixture('bad.ee-profile.json');
    const check = checkProfileText(text);
    assert.equal(check.result.eligible, false);
    const at = (code: string): number[] => check.located.filter((f) => f.code === code).map((f) => lineOf(text, f.range.offset));
    assert.deepEqual(at('selfEmployed'), [lineWith(text, '"selfEmployed": true')]);
    assert.deepEqual(at('teer'), [lineWith(text, '"noc": "64100"')]);
    assert.deepEqual(at('languageExpired'), [lineWith(text, '"language"')]);
    assert.ok(check.located.filter((f) => f.severity === 'warning').length >= 3);
    assert.match(verdictTitle(check.result), /not eligible · 0 of 1,560 hours/);
  });

  it('finds nothing wrong with the good profile', () => {
    const check = checkProfileText(fixture('good.ee-profile.json'));
    assert.equal(check.result.eligible, true);
    assert.deepEqual(check.located.filter((f) => f.severity !== 'hint'), []);
    assert.match(verdictTitle(check.result), /^\$\(pass\) CEC: eligible · /);
    assert.match(profileDescription(check.result), /^Eligible · /);
    const rules = ruleNodes(check.result).map((n) => n.label);
    assert.deepEqual(rules, ['Work experience', 'Language', 'Test validity']);
  });

  it('reports syntax and schema problems with a place', () => {
    const text = '{\n  "jobs": [ { "noc": "2123", "start": "2024-01-01", "hoursPerWeek": 40 } ],\n  "oops": \n}';
    const check = checkProfileText(text);
    assert.ok(check.located.some((f) => f.code === 'syntax'));
    assert.ok(check.located.some((f) => f.severity === 'error' && f.code === 'profile' && lineOf(text, f.range.offset) === 2));
  });

  it('writes an example profile in plain JSON (for `ee cec` too) that checks cleanly', () => {
    const text = exampleProfile('2025-11-29');
    assert.equal((JSON.parse(text) as { asOf: string }).asOf, '2025-11-29');
    const check = checkProfileText(text);
    assert.deepEqual(check.located.filter((f) => f.severity === 'error'), []);
    assert.equal(check.result.eligible, true);
    // It carries the CRS factors too, so the CRS view scores it at once: age 29 and a bachelor's degree, single,
    // are 110 and 120 points in the CRS grid (canada.ca, "Comprehensive Ranking System (CRS) criteria").
    const crs = crsFromJson(JSON.parse(text), { asOf: '2025-11-29' });
    assert.deepEqual(crs.problems, []);
    const factors = Object.values(crs.result!.sections).flatMap((section) => section.factors);
    assert.equal(factors.find((f) => f.factor === 'age')?.points, 110);
    assert.equal(factors.find((f) => f.factor === 'education')?.points, 120);
  });
});
