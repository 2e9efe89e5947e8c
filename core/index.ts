/** Express Entry Draws core: the public API every face uses. No I/O here; see ./refresh for that. */
export * from './types';
export * from './feed/dates';
export * from './feed/categories';
export { readFeed, readRound, roundOrder, readCount, poolProblems, FeedError, type FeedReading, type FeedRound } from './feed/parse';
export * from './feed/snapshot';
export * from './draws/dateInput';
export * from './draws/draws';
export * from './draws/stats';
export * from './draws/pool';
export { bundledData, bundledDraws } from './data/bundled';
export * from './refresh/index';
export * from './cec/index';
export * from './language/index';
export * from './draws/window';
export * from './draws/period';
export * from './draws/dataAge';
export * from './present/text';
export * from './present/roundTable';
export * from './present/sentences';
export { hoursPerWeekProblem, jobEndProblem, jobProblems } from './cec/job';
export * from './crs/index';
// Both the language and the CRS modules export it (the same date); one name for the public API.
export { PTE_CORE_ACCEPTED_FROM } from './language/index';
export * from './categories/index';
export * from './outlook/index';
