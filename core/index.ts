/** Express Entry Draws core: the public API every face uses. No I/O here; see ./refresh for that. */
export * from './types';
export * from './feed/dates';
export * from './feed/categories';
export { readFeed, readRound, roundOrder, readCount, poolProblems, FeedError, type FeedReading, type FeedRound } from './feed/parse';
export * from './feed/snapshot';
export * from './draws/dateInput';
export * from './draws/draws';
export * from './draws/stats';
export * from './draws/dataAge';
export { localToday } from './feed/localDate';
export * from './draws/pool';
export { bundledData, bundledDraws } from './data/bundled';
export * from './refresh/index';
export * from './cec/index';
export * from './language/index';
