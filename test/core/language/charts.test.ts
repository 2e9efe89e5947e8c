/**
 * Every boundary of every CLB/NCLC chart. The expected ranges below are transcribed by hand from
 * /work/shared/reference/express-entry-rules.md §3 (as level → [first score, last score]); they do not come from
 * core/language/charts.ts. IELTS cells give only each level's minimum; the last score of a level is the next
 * level's minimum less 0.5 (the reference's "derived" ranges).
 */
import assert from 'node:assert/strict';
import { clbLevels } from '../../../core/language';
import { InputError } from '../../../core/types';

type Ability = 'reading' | 'writing' | 'listening' | 'speaking';
type Ranges = Record<number, readonly [number, number]>;
interface Expected {
  /** Name for clbLevels and a test date that selects the chart. */
  readonly test: string;
  readonly date?: string;
  readonly label: string;
  readonly scale: Record<Ability, readonly [number, number]>;
  readonly step: number;
  readonly ranges: Record<Ability, Ranges>;
}

const all = <T>(v: T): Record<Ability, T> => ({ reading: v, writing: v, listening: v, speaking: v });

const CHARTS: readonly Expected[] = [
  {
    test: 'CELPIP', label: 'CELPIP-General', step: 1, scale: all([0, 12] as const),
    ranges: all({ 10: [10, 12], 9: [9, 9], 8: [8, 8], 7: [7, 7], 6: [6, 6], 5: [5, 5], 4: [4, 4] }),
  },
  {
    test: 'IELTS', label: 'IELTS General Training', step: 0.5, scale: all([0, 9] as const),
    ranges: {
      reading: { 10: [8, 9], 9: [7, 7.5], 8: [6.5, 6.5], 7: [6, 6], 6: [5, 5.5], 5: [4, 4.5], 4: [3.5, 3.5] },
      writing: { 10: [7.5, 9], 9: [7, 7], 8: [6.5, 6.5], 7: [6, 6], 6: [5.5, 5.5], 5: [5, 5], 4: [4, 4.5] },
      listening: { 10: [8.5, 9], 9: [8, 8], 8: [7.5, 7.5], 7: [6, 7], 6: [5.5, 5.5], 5: [5, 5], 4: [4.5, 4.5] },
      speaking: { 10: [7.5, 9], 9: [7, 7], 8: [6.5, 6.5], 7: [6, 6], 6: [5.5, 5.5], 5: [5, 5], 4: [4, 4.5] },
    },
  },
  {
    test: 'PTE_CORE', label: 'PTE Core', step: 1, scale: all([10, 90] as const),
    ranges: {
      reading: { 10: [88, 90], 9: [78, 87], 8: [69, 77], 7: [60, 68], 6: [51, 59], 5: [42, 50], 4: [33, 41], 3: [24, 32] },
      writing: { 10: [90, 90], 9: [88, 89], 8: [79, 87], 7: [69, 78], 6: [60, 68], 5: [51, 59], 4: [41, 50], 3: [32, 40] },
      listening: { 10: [89, 90], 9: [82, 88], 8: [71, 81], 7: [60, 70], 6: [50, 59], 5: [39, 49], 4: [28, 38], 3: [18, 27] },
      speaking: { 10: [89, 90], 9: [84, 88], 8: [76, 83], 7: [68, 75], 6: [59, 67], 5: [51, 58], 4: [42, 50], 3: [34, 41] },
    },
  },
  {
    test: 'TEF', date: '2024-06-01', label: 'TEF Canada, tests after Dec 10, 2023', step: 1, scale: all([0, 699] as const),
    ranges: {
      reading: { 10: [546, 699], 9: [503, 545], 8: [462, 502], 7: [434, 461], 6: [393, 433], 5: [352, 392], 4: [306, 351] },
      writing: { 10: [558, 699], 9: [512, 557], 8: [472, 511], 7: [428, 471], 6: [379, 427], 5: [330, 378], 4: [268, 329] },
      listening: { 10: [546, 699], 9: [503, 545], 8: [462, 502], 7: [434, 461], 6: [393, 433], 5: [352, 392], 4: [306, 351] },
      speaking: { 10: [556, 699], 9: [518, 555], 8: [494, 517], 7: [456, 493], 6: [422, 455], 5: [387, 421], 4: [328, 386] },
    },
  },
  {
    test: 'TEF', date: '2021-06-01', label: 'TEF Canada, Oct 1, 2019 – Dec 10, 2023', step: 1, scale: all([0, 699] as const),
    ranges: all({ 10: [566, 699], 9: [533, 565], 8: [500, 532], 7: [450, 499], 6: [400, 449], 5: [350, 399], 4: [300, 349] }),
  },
  {
    test: 'TEF', date: '2018-06-01', label: 'TEF Canada, old score scale (before Oct 1, 2019)', step: 1,
    scale: { reading: [0, 300], writing: [0, 450], listening: [0, 360], speaking: [0, 450] },
    ranges: {
      reading: { 10: [263, 300], 9: [248, 262], 8: [233, 247], 7: [207, 232], 6: [181, 206], 5: [151, 180], 4: [121, 150] },
      writing: { 10: [393, 450], 9: [371, 392], 8: [349, 370], 7: [310, 348], 6: [271, 309], 5: [226, 270], 4: [181, 225] },
      listening: { 10: [316, 360], 9: [298, 315], 8: [280, 297], 7: [249, 279], 6: [217, 248], 5: [181, 216], 4: [145, 180] },
      speaking: { 10: [393, 450], 9: [371, 392], 8: [349, 370], 7: [310, 348], 6: [271, 309], 5: [226, 270], 4: [181, 225] },
    },
  },
  {
    test: 'TCF', label: 'TCF Canada', step: 1,
    scale: { reading: [0, 699], writing: [0, 20], listening: [0, 699], speaking: [0, 20] },
    ranges: {
      reading: { 10: [549, 699], 9: [524, 548], 8: [499, 523], 7: [453, 498], 6: [406, 452], 5: [375, 405], 4: [342, 374] },
      writing: { 10: [16, 20], 9: [14, 15], 8: [12, 13], 7: [10, 11], 6: [7, 9], 5: [6, 6], 4: [4, 5] },
      listening: { 10: [549, 699], 9: [523, 548], 8: [503, 522], 7: [458, 502], 6: [398, 457], 5: [369, 397], 4: [331, 368] },
      speaking: { 10: [16, 20], 9: [14, 15], 8: [12, 13], 7: [10, 11], 6: [7, 9], 5: [6, 6], 4: [4, 5] },
    },
  },
];

const ABILITIES: readonly Ability[] = ['reading', 'writing', 'listening', 'speaking'];

/** Level of one ability with the other three at a harmless value on the scale. */
function levelOf(c: Expected, ability: Ability, score: number): number {
  const scores = { reading: c.scale.reading[1], writing: c.scale.writing[1], listening: c.scale.listening[1], speaking: c.scale.speaking[1] };
  scores[ability] = score;
  return clbLevels(c.test, scores, c.date)[ability];
}

function levels(r: Ranges): number[] {
  return Object.keys(r).map(Number).sort((a, b) => b - a);
}

describe('CLB charts: every boundary score', () => {
  for (const c of CHARTS) {
    describe(c.label, () => {
      for (const ability of ABILITIES) {
        const r = c.ranges[ability];
        const ls = levels(r);
        it(`${ability}: the transcribed ranges are contiguous up to the top of the scale`, () => {
          assert.equal(r[ls[0]!]![1], c.scale[ability][1]);
          for (let i = 1; i < ls.length; i++) assert.equal(r[ls[i]!]![1] + c.step, r[ls[i - 1]!]![0]);
        });
        for (let i = 0; i < ls.length; i++) {
          const level = ls[i]!;
          const [first, last] = r[level]!;
          const below = i + 1 < ls.length ? ls[i + 1]! : level - 1;
          it(`${ability}: ${first - c.step} → ${below}, ${first} → ${level}, ${last} → ${level}`, () => {
            if (first - c.step >= c.scale[ability][0]) assert.equal(levelOf(c, ability, first - c.step), below, `score ${first - c.step}`);
            assert.equal(levelOf(c, ability, first), level, `score ${first}`);
            assert.equal(levelOf(c, ability, last), level, `score ${last}`);
          });
        }
        it(`${ability}: the bottom of the scale (${c.scale[ability][0]}) is below the chart: level ${ls[ls.length - 1]! - 1}`, () => {
          assert.equal(levelOf(c, ability, c.scale[ability][0]), ls[ls.length - 1]! - 1);
        });
        it(`${ability}: every score on the scale has the level of its range`, () => {
          for (let s = c.scale[ability][0]; s <= c.scale[ability][1]; s += c.step) {
            const hit = ls.find((l) => s >= r[l]![0] && s <= r[l]![1]);
            assert.equal(levelOf(c, ability, s), hit ?? ls[ls.length - 1]! - 1, `score ${s}`);
          }
        });
        it(`${ability}: scores off the scale are InputErrors naming test, ability and scale`, () => {
          const [lo, hi] = c.scale[ability];
          for (const bad of [lo - c.step, hi + c.step, lo + c.step / 2, Number.NaN, Number.POSITIVE_INFINITY]) {
            assert.throws(() => levelOf(c, ability, bad), (e: unknown) => {
              assert.ok(e instanceof InputError, String(e));
              assert.match(e.message, new RegExp(`${ability} score`));
              assert.match(e.message, new RegExp(`${lo}–${hi}`));
              return true;
            });
          }
        });
      }
    });
  }

  describe('CLB/NCLC levels given directly', () => {
    it('keeps each level, 0–12', () => {
      for (let l = 0; l <= 12; l++) assert.equal(clbLevels('CLB', { reading: l, writing: 12, listening: 12, speaking: 12 }).reading, l);
    });
    it('rejects 13, -1 and 7.5', () => {
      for (const bad of [13, -1, 7.5]) assert.throws(() => clbLevels('nclc', { reading: bad, writing: 7, listening: 7, speaking: 7 }), InputError);
    });
  });
});
