/** The invitation outlook of a CRS score: rounds above, tied and below, and the pool rank. No forecast. */
export * from './outlook';
export * from './poolRank';
export * from './profileScore';
