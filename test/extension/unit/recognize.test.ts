import assert from 'node:assert/strict';
import { findCategories, findDates, findRoundRefs, recognizeAt, nocTeer } from '../../../extension/hovers/recognize';
import { dayOf } from './helpers';

describe('extension hovers: recognition', () => {
  const nov26 = dayOf('2025-11-26');

  for (const text of ['2025-11-26', 'November 26, 2025', 'Nov 26 2025', '26 Nov 2025', 'Nov. 26, 2025', 'november 26th, 2025']) {
    it(`reads the date "${text}" inside a sentence`, () => {
      const line = `The draw of ${text} was late.`;
      const found = findDates(line);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.day, nov26);
      assert.equal(line.slice(found[0]!.start, found[0]!.end), text);
      const at = recognizeAt(line, line.indexOf(text) + 2);
      assert.equal(at?.kind, 'date');
    });
  }

  it('ignores impossible dates and bare numbers', () => {
    assert.deepEqual(findDates('2025-02-30 and February 30, 2025 and 12345'), []);
  });

  const categories: [string, string][] = [
    ['CEC', 'CEC'],
    ['Canadian Experience Class', 'CEC'],
    ['French', 'FRENCH'],
    ['healthcare', 'HEALTHCARE'],
    ['trades', 'TRADE'],
    ['doctors', 'PHYSICIANS'],
    ['PNP', 'PNP'],
    ['Provincial Nominee Program', 'PNP'],
    ['STEM occupations', 'STEM'],
  ];
  for (const [text, id] of categories) {
    it(`names the category ${id} by "${text}"`, () => {
      const line = `What about ${text} rounds?`;
      const found = findCategories(line);
      assert.equal(found.length, 1, JSON.stringify(found));
      assert.equal(found[0]!.category, id);
      assert.equal(found[0]!.text, text);
    });
  }

  it('prefers the longest name and does not read common words or lower-case ids as categories', () => {
    const found = findCategories('Canadian Experience Class draws');
    assert.deepEqual(found.map((f) => [f.text, f.category]), [['Canadian Experience Class', 'CEC']]);
    assert.deepEqual(findCategories('in general, the cec and stem cells are education research'), []);
  });

  for (const [text, round] of [['round 381', '381'], ['Round #381', '381'], ['#381', '381'], ['draw 91a', '91a'], ['round 434', '434']] as const) {
    it(`reads the round reference "${text}"`, () => {
      const found = findRoundRefs(`See ${text}, please.`);
      assert.equal(found.length, 1);
      assert.equal(found[0]!.round, round);
      assert.equal(found[0]!.text, text);
    });
  }

  it('does not read colours, headings or dates as round references', () => {
    assert.deepEqual(findRoundRefs('color #fff, # Heading, a#12, draws 2025-11-26'), []);
  });

  it('prefers a date over a round reference at the same place', () => {
    const line = 'CEC draws 2025-11-26';
    assert.equal(recognizeAt(line, line.indexOf('2025') + 1)?.kind, 'date');
  });

  it('finds NOC codes only when asked, and reads their TEER from the second digit', () => {
    const line = '"noc": "21232",';
    assert.equal(recognizeAt(line, 10), undefined);
    const m = recognizeAt(line, 10, { noc: true });
    assert.equal(m?.kind, 'noc');
    assert.equal(nocTeer('21232'), 1);
    assert.equal(nocTeer('64100'), 4);
    assert.equal(nocTeer('2123'), null);
    assert.equal(nocTeer('00000'), null, 'cannot be NOC 2021: codes starting with 0 are 00010–00015');
    assert.equal(nocTeer('00012'), 0);
  });
});
