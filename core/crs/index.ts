/** The Comprehensive Ranking System: the candidate profile's CRS fields, the dated rule sets, the score. */
export * from './types';
export { CRS_RULE_SETS, CRS_PROPOSALS, CRS_FIRST_DAY, ruleSetOn, ruleSetById, EDUCATION_LEVELS, CANADIAN_EDUCATION, type CrsRuleSet, type CrsTables, type CrsCaps, type CrsSource, type EducationLevel, type CanadianEducation, type SpousePair } from './rules';
export { parseCandidateProfile, readCrsFields, officialLanguageOf, MARITAL_STATUSES, STATUSES_WITH_SPOUSE, type CandidateProfile, type CrsFields, type Education, type Spouse, type MaritalStatus, type OfficialLanguage } from './profile';
export { scoreCrs, crsFromJson, localToday, type CrsOptions } from './score';
export { workYearsAt, isCanadianWork, isForeignWork, HOURS_PER_YEAR, type WorkYears, type WorkYearsAt } from './workYears';
export { ageOn } from './input';
export { CRS_PROFILE_KEYS } from './keys';
export { crsHeadline, crsText, workYearsText } from './text';
