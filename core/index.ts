/**
 * Express Entry Draws core: the public API of the faces (VS Code extension, Excel add-in, and tools built on the
 * core). Faces import only from here (enforced by `npm run lint`); the one other entry is `core/refresh/node` for the
 * Node-only file cache. Everything here is pure: no I/O except the refresh functions, which take their I/O
 * (a FeedSource, a CacheStore) as arguments. The CLI (core/cli) is part of the core and uses the modules directly.
 *
 * What a face may show comes from here, so every face gives the same answer in the same words:
 * - data: rounds (`Round`), the indexed `Draws`, the bundled snapshot, categories;
 * - statistics: the window and its one default (`DEFAULT_LAST_ROUNDS`), "latest", mean gap, the pool on a date;
 * - periods and years (one grammar), the data's age and how to refresh;
 * - presentation: numbers, plurals, dates, tie-breaks, the round table and CSV, "nothing found" sentences, errorText;
 * - the CEC check and CLB levels; category eligibility and the outlook of a score; refreshing the data;
 * - the answers of the tools for AI assistants (one table, shared by the MCP server and VS Code's language-model tools).
 */

// The data model and the rounds.
export { type CategoryId, type Round, type PoolDistribution, type Provenance, type FeedWarning } from './types';
export { IRCC_FEED_URL, OGL_ATTRIBUTION, officialRoundUrl, InputError, clipInput } from './types';
export { Draws, type LookupOptions } from './draws/draws';
export { bundledData, bundledDraws } from './data/bundled';
export { type DataSet } from './feed/snapshot';
export { CATEGORIES, resolveCategory, type CategoryInfo } from './feed/categories';
export { roundOrder } from './feed/parse';

// Dates as users and the feed write them (day numbers are days since 1970-01-01).
export { today, isoFromDay, dayFromIso, dayFromParts, dayFromWritten, parseUserDate, writtenDate, yearOfDay } from './feed/dates';
// "Today" as the user means it: the local calendar date (the Excel add-in's default dates).
export { localDay } from './feed/localDate';
export { type DateInput } from './draws/dateInput';

// Statistics: one window default, "latest", mean gap, days since the last round (as of the data), the pool.
export { statsOf, type CutoffStats, type StatsWindow } from './draws/stats';
export {
  DEFAULT_LAST_ROUNDS, latestRound, latestRounds, categorySummary, poolOn,
  type WindowRequest, type CategorySummary,
} from './draws/window';
export { type PoolView, type PoolBand } from './draws/pool';
export { asYear, readYear, readPeriod, type Period } from './draws/period';
export { STALE_AFTER_DAYS, dataAge, type DataAge, type Face } from './draws/dataAge';

// Presentation: one spelling of every number, date, table and sentence.
export { thousands, oneDecimal, signed, plural, itas, shortDate, tieBreakText, errorText } from './present/text';
export { ROUND_COLUMNS, ROUND_TABLE_HEADER, roundCells, csvCell, roundCsvRow, roundCsvLines, roundsCsv, type RoundCell, type RoundColumn } from './present/roundTable';
export { noRoundsText, noRoundOnOrBeforeText, noPoolText, daysSinceLabel } from './present/sentences';

// Refreshing the data (browser-safe; the Node file cache is in ./refresh/node).
export {
  loadData, refreshData, urlSource, feedUrlProblem, FetchError, DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS,
  type RefreshOutcome, type CacheStore, type FeedSource, type FetchOptions,
} from './refresh/index';

// The Canadian Experience Class check and language levels.
export {
  checkCec, cecHours, formatHours, hoursInWindow, pathText, teerOf, nocProblem, textPositions, hoursPerWeekProblem, jobEndProblem,
  type CecResult, type CecHours, type Job, type JobResult, type ExclusionReason, type Ability,
} from './cec/public';
export { LANGUAGE_TESTS, clbLevels, languageTestFromName } from './language/index';

// Tools for AI assistants: answers to a tool's arguments, and the readers of those arguments.
export { answer, answerTool, cecAnswer, crsAnswer, type AnswerContext, type AnswerTool, type JsonSchema, type ToolAnswer } from './answers/index';
export { optionalDate, optionalString, readArgs } from './answers/args';

// The Comprehensive Ranking System (its own curated entry).
export * from './crs/index';

// Category-based selection (which category rounds could invite a profile) and the outlook of a score (no forecast).
export {
  checkCategories, categoryEligibility, categoriesWithNoc, verdictText, NOT_CHECKED,
  type CategoriesCheck, type CategoryVerdict, type CategoryInput, type Standing,
} from './categories/index';
export {
  DEFAULT_LAST_N, outlook, outlookSentence, poolRank, poolRankSentence, readScore, standing,
  type Outlook, type OutlookLine, type PoolRank,
} from './outlook/index';
