/**
 * The CLB/NCLC equivalency charts of the tests IRCC accepts for Express Entry, as data.
 *
 * Sources (see /work/shared/reference/express-entry-rules.md §3):
 * - canada.ca "Language test equivalency charts" (IRCC program delivery instructions): CELPIP-General,
 *   IELTS General Training, the TEF Canada chart for the old score scale, TCF Canada.
 * - canada.ca's Express Entry language page as transcribed in ranjan-expatready/Neuron
 *   `domain_knowledge/raw/language/clb_tables.md` (accessed 2025-12-07) and keyapply.com's copy: PTE Core and the
 *   two TEF Canada charts for the 0–699 scale.
 *
 * Every chart's ranges are contiguous, so a chart is stored as the lowest score of each level (highest level
 * first); a score's level is the first level whose minimum it reaches.
 */
import type { Ability } from '../cec/types';

export const ABILITIES: readonly Ability[] = ['reading', 'writing', 'listening', 'speaking'];

/** The scale a test reports an ability on. */
export interface Scale {
  readonly min: number;
  readonly max: number;
  /** Scores are multiples of this (1 for whole numbers, 0.5 for IELTS bands). */
  readonly step: number;
}

/** Lowest score of each level, highest level first. */
export type Thresholds = readonly (readonly [level: number, minScore: number])[];

export interface Chart {
  /** Stable id, e.g. "TEF_2023". */
  readonly id: string;
  /** Name as users know it, e.g. "TEF Canada (tests after December 10, 2023)". */
  readonly name: string;
  readonly scales: Readonly<Record<Ability, Scale>>;
  readonly levels: Readonly<Record<Ability, Thresholds>>;
}

/** Builds thresholds from the minimum score of each level, highest level first. */
function steps(top: number, minimums: readonly number[]): Thresholds {
  return minimums.map((m, i) => [top - i, m] as const);
}

function same<T>(value: T): Record<Ability, T> {
  return { reading: value, writing: value, listening: value, speaking: value };
}

/** CELPIP-General: the CELPIP level is the CLB level from 4 to 10; 10, 11 and 12 are all CLB 10. */
export const CELPIP_CHART: Chart = {
  id: 'CELPIP',
  name: 'CELPIP-General',
  scales: same({ min: 0, max: 12, step: 1 }),
  levels: same(steps(10, [10, 9, 8, 7, 6, 5, 4])),
};

/** IELTS General Training: the official chart gives each level's minimum band. */
export const IELTS_CHART: Chart = {
  id: 'IELTS',
  name: 'IELTS General Training',
  scales: same({ min: 0, max: 9, step: 0.5 }),
  levels: {
    reading: steps(10, [8, 7, 6.5, 6, 5, 4, 3.5]),
    writing: steps(10, [7.5, 7, 6.5, 6, 5.5, 5, 4]),
    listening: steps(10, [8.5, 8, 7.5, 6, 5.5, 5, 4.5]),
    speaking: steps(10, [7.5, 7, 6.5, 6, 5.5, 5, 4]),
  },
};

/** PTE Core (10–90); the chart starts at CLB 3. */
export const PTE_CORE_CHART: Chart = {
  id: 'PTE_CORE',
  name: 'PTE Core',
  scales: same({ min: 10, max: 90, step: 1 }),
  levels: {
    reading: steps(10, [88, 78, 69, 60, 51, 42, 33, 24]),
    writing: steps(10, [90, 88, 79, 69, 60, 51, 41, 32]),
    listening: steps(10, [89, 82, 71, 60, 50, 39, 28, 18]),
    speaking: steps(10, [89, 84, 76, 68, 59, 51, 42, 34]),
  },
};

/** TEF Canada, tests taken after December 10, 2023 (0–699). */
export const TEF_2023_CHART: Chart = {
  id: 'TEF_2023',
  name: 'TEF Canada (tests after December 10, 2023)',
  scales: same({ min: 0, max: 699, step: 1 }),
  levels: {
    reading: steps(10, [546, 503, 462, 434, 393, 352, 306]),
    writing: steps(10, [558, 512, 472, 428, 379, 330, 268]),
    listening: steps(10, [546, 503, 462, 434, 393, 352, 306]),
    speaking: steps(10, [556, 518, 494, 456, 422, 387, 328]),
  },
};

/** TEF Canada, tests taken October 1, 2019 to December 10, 2023 (0–699): one chart for all four abilities. */
export const TEF_2019_CHART: Chart = {
  id: 'TEF_2019',
  name: 'TEF Canada (tests from October 1, 2019 to December 10, 2023)',
  scales: same({ min: 0, max: 699, step: 1 }),
  levels: same(steps(10, [566, 533, 500, 450, 400, 350, 300])),
};

/** TEF Canada, tests taken before October 1, 2019: the old score scale ("équivalence ancien score"). */
export const TEF_OLD_CHART: Chart = {
  id: 'TEF_OLD',
  name: 'TEF Canada (tests before October 1, 2019, old score scale)',
  scales: {
    reading: { min: 0, max: 300, step: 1 },
    writing: { min: 0, max: 450, step: 1 },
    listening: { min: 0, max: 360, step: 1 },
    speaking: { min: 0, max: 450, step: 1 },
  },
  levels: {
    reading: steps(10, [263, 248, 233, 207, 181, 151, 121]),
    writing: steps(10, [393, 371, 349, 310, 271, 226, 181]),
    listening: steps(10, [316, 298, 280, 249, 217, 181, 145]),
    speaking: steps(10, [393, 371, 349, 310, 271, 226, 181]),
  },
};

/** TCF Canada: reading and listening on 0–699, writing and speaking on 0–20. */
export const TCF_CHART: Chart = {
  id: 'TCF',
  name: 'TCF Canada',
  scales: {
    reading: { min: 0, max: 699, step: 1 },
    writing: { min: 0, max: 20, step: 1 },
    listening: { min: 0, max: 699, step: 1 },
    speaking: { min: 0, max: 20, step: 1 },
  },
  levels: {
    reading: steps(10, [549, 524, 499, 453, 406, 375, 342]),
    writing: steps(10, [16, 14, 12, 10, 7, 6, 4]),
    listening: steps(10, [549, 523, 503, 458, 398, 369, 331]),
    speaking: steps(10, [16, 14, 12, 10, 7, 6, 4]),
  },
};

/** Levels given directly (test "CLB", or NCLC for French): whole levels 0–12, taken as they are. */
export const CLB_CHART: Chart = {
  id: 'CLB',
  name: 'CLB/NCLC levels',
  scales: same({ min: 0, max: 12, step: 1 }),
  levels: same(Array.from({ length: 12 }, (_, i) => [12 - i, 12 - i] as const)),
};

/**
 * The level of a score on a chart. A score below the chart's lowest level gets the level just below it
 * (CLB 3 for charts that start at CLB 4, CLB 2 for PTE Core): "below the chart", never a measured level.
 * The score must already be on the scale.
 */
export function levelOf(thresholds: Thresholds, score: number): number {
  for (const [level, min] of thresholds) if (score >= min) return level;
  const lowest = thresholds[thresholds.length - 1];
  return lowest ? lowest[0] - 1 : 0;
}
