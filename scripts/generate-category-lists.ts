/**
 * `npm run data:categories -- [path/to/category-nocs.json] [--check]`
 * Generates core/categories/occupationLists.json, the category occupation lists the core ships, from the project's
 * reference file of NOC 2021 codes per category and version (default: ../shared/reference/category-nocs.json beside
 * the repository). The reference gives codes, sources and completeness; this script adds when each list and each set
 * of categories was announced (the table below, with its public sources), the version number a round's drawName
 * carries, and the lists IRCC used before 2025 that were not retrieved (so rounds of 2023–2024 join a list that says
 * "not known"). --check: write nothing; exit 1 unless the committed file is what the reference gives.
 */
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OccupationList } from '../core/categories/types';

const OUT = resolve(__dirname, '../core/categories/occupationLists.json');
const DEFAULT_REFERENCE = resolve(__dirname, '../../shared/reference/category-nocs.json');

const IRCC_2025 = 'https://askastute.com/?p=4147 (reproduction of the IRCC news release of 2025-02-27)';
const IRCC_2026 = 'https://www.newswire.ca/news-releases/canada-prioritizes-top-talent-in-2026-immigration-express-entry-categories-888682465.html';
const IRCC_2023 = 'https://www.settler.ca/english/category-based-selection-for-express-entry/';
const PHYSICIANS_2025 = 'https://www.mondaq.com/canada/general-immigration/1717264/new-immigration-measures-for-doctors';

/**
 * The sets of categories announced, with the date they took effect. `adds` announcements add to the set in force;
 * the others replace it (Transport was dropped in 2025, Agriculture in 2026).
 */
const ANNOUNCEMENTS = [
  { from: '2023-05-31', adds: false, categories: ['FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'TRANSPORT', 'AGRICULTURE'], sources: [IRCC_2023] },
  { from: '2025-02-27', adds: false, categories: ['FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'AGRICULTURE', 'EDUCATION'], sources: [IRCC_2025] },
  { from: '2025-12-08', adds: true, categories: ['PHYSICIANS'], sources: [PHYSICIANS_2025] },
  {
    from: '2026-02-18',
    adds: false,
    // STEM and education: not named as 2026 priorities by the release, but listed as current categories on the
    // canada.ca category page as summarised by financialexpress.com (2026-03-08).
    categories: ['FRENCH', 'HEALTHCARE', 'STEM', 'TRADE', 'EDUCATION', 'TRANSPORT', 'PHYSICIANS', 'SENIOR_MANAGERS', 'RESEARCHERS', 'MILITARY'],
    sources: [IRCC_2026, 'https://www.financialexpress.com/business/investing-abroad-what-is-the-new-eligibility-rule-for-foreign-workers-to-apply-for-canada-permanent-residence-4165901/'],
  },
] as const;

/** When a list of the reference was announced, by the year its version names. */
function announcedOf(category: string, versionText: string): { date: string; source: string } {
  if (category === 'PHYSICIANS') return { date: '2025-12-08', source: PHYSICIANS_2025 };
  if (versionText.startsWith('2023')) return { date: '2023-05-31', source: IRCC_2023 };
  if (versionText.startsWith('2025')) return { date: '2025-02-27', source: IRCC_2025 };
  if (versionText.startsWith('2026')) return { date: '2026-02-18', source: IRCC_2026 };
  throw new Error(`No announcement date known for ${category} "${versionText}": add it to scripts/generate-category-lists.ts.`);
}

/** Lists IRCC used in 2023–2024 rounds ("(Version 1)") that the reference has not retrieved. */
const NOT_RETRIEVED_2023 = ['HEALTHCARE', 'TRADE', 'TRANSPORT', 'AGRICULTURE'] as const;

interface ReferenceList {
  readonly category: string;
  readonly version: string;
  readonly nocs?: readonly string[] | null;
  readonly knownChangesVs2025?: { readonly removed: readonly string[]; readonly added: readonly string[] };
  readonly canadianExperienceOnly?: boolean;
  readonly sources: readonly string[];
  readonly completeness?: string;
  readonly rule?: string;
}

/** What the generator writes is the core's own type, so the data and the code that reads it cannot drift apart. */
type GeneratedList = OccupationList;

function versionNumber(text: string): number | null {
  const m = /version\s*(\d+)/i.exec(text);
  return m ? Number(m[1]) : null;
}

const CANADA_ONLY = new Set(['PHYSICIANS', 'SENIOR_MANAGERS', 'RESEARCHERS']);

function generate(reference: { lists: readonly ReferenceList[]; experienceRule: readonly unknown[] }): unknown {
  const lists: GeneratedList[] = [];
  for (const category of NOT_RETRIEVED_2023) {
    lists.push({
      category, versionText: '2023 (Version 1)', version: 1, announced: '2023-05-31', nocs: null, removedNocs: [], complete: false,
      completeness: 'NOT retrieved (the list used in the rounds of 2023–2024)', canadianExperienceOnly: false, needsArmedForcesOffer: false, sources: [IRCC_2023],
    });
  }
  for (const l of reference.lists) {
    if (l.category === 'FRENCH') continue; // no occupation list: a language rule
    for (const category of l.category.split('/').map((c) => c.trim())) {
      const announced = announcedOf(category, l.version);
      const changes = l.knownChangesVs2025;
      const completeness = l.completeness ?? '';
      lists.push({
        category,
        versionText: l.version,
        version: versionNumber(l.version),
        announced: announced.date,
        nocs: l.nocs ? [...l.nocs].sort() : changes ? [...changes.added].sort() : null,
        removedNocs: changes ? [...changes.removed].sort() : [],
        // "complete", "complete per source", "complete; four sources agree"; not "assembled from partial sources".
        complete: l.nocs !== null && l.nocs !== undefined && /^complete\b/i.test(completeness),
        completeness,
        canadianExperienceOnly: l.canadianExperienceOnly === true || CANADA_ONLY.has(category),
        needsArmedForcesOffer: category === 'MILITARY',
        sources: [...l.sources, announced.source].filter((s, i, all) => all.indexOf(s) === i),
      });
    }
  }
  lists.sort((a, b) => a.category.localeCompare(b.category) || a.announced.localeCompare(b.announced));
  const french = reference.lists.find((l) => l.category === 'FRENCH');
  return {
    $comment: 'Generated by scripts/generate-category-lists.ts from the project reference category-nocs.json; do not edit by hand.',
    warning: 'Third-party reproductions of IRCC lists unless marked official; check the canada.ca category page before relying on one.',
    announcements: ANNOUNCEMENTS,
    experienceRule: reference.experienceRule,
    french: { rule: french?.rule ?? 'NCLC 7 or higher in all four abilities', sources: french?.sources ?? [] },
    lists,
  };
}

function main(): number {
  const args = process.argv.slice(2);
  const check = args.includes('--check');
  const source = args.find((a) => a !== '--check') ?? DEFAULT_REFERENCE;
  const reference = JSON.parse(readFileSync(source, 'utf8')) as { lists: ReferenceList[]; experienceRule: unknown[] };
  const text = `${JSON.stringify(generate(reference), null, 1)}\n`;
  if (check) {
    const committed = readFileSync(OUT, 'utf8');
    if (committed !== text) {
      console.error(`${OUT} differs from what ${source} gives: run npm run data:categories.`);
      return 1;
    }
    console.log('category lists: the committed file matches the reference.');
    return 0;
  }
  writeFileSync(`${OUT}.tmp`, text);
  renameSync(`${OUT}.tmp`, OUT);
  console.log(`wrote ${OUT}`);
  return 0;
}

if (require.main === module) process.exitCode = main();
