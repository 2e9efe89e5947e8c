/** Category-based selection: occupation lists by version and date, and category eligibility with reasons. */
export * from './types';
export { OCCUPATION_LISTS, FRENCH_RULE, TWELVE_MONTH_RULE_FROM, categoriesInForce, listInForce, listOfRound, listIncludes, categoriesWithNoc } from './lists';
export { experienceByOccupation, meetsRule, YEAR_HOURS, SIX_MONTH_HOURS, type OccupationExperience } from './experience';
export { frenchAnswer, FRENCH_LEVEL, type LanguageBlock, type FrenchAnswer } from './french';
export { categoryEligibility, verdictText, NOT_CHECKED, type CategoryInput } from './eligibility';
export { checkCategories, categoryInputOf, type CategoriesCheck } from './check';
