/** Category-based selection: occupation lists by version and date, and category eligibility with reasons. */
export * from './types';
export { OCCUPATION_LISTS, listInForce, listOfRound, categoriesWithNoc } from './lists';
export { categoryEligibility, verdictText, NOT_CHECKED, type CategoryInput } from './eligibility';
export { checkCategories, type CategoriesCheck } from './check';
