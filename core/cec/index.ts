/** The Canadian Experience Class check: profile format, hours, verdict. */
export * from './types';
export { parseProfile, teerOf, nocProblem, pathText, MAX_HOURS_PER_WEEK } from './profile';
export { cecHours, roundHours, formatHours, hoursSummary, REQUIRED_HOURS, REQUIRED_DAYS, NEAR_THRESHOLD_HOURS, type CecHours, type HoursOptions } from './hours';
export { hoursInWindow, countSpans, fullTimeStudyDays, FULL_TIME_HOURS_PER_WEEK, FULL_TIME_HOURS_PER_DAY, HOURS_EPSILON, type HoursInWindow, type HoursInWindowOptions, type Span, type SpanCount } from './count';
export { checkCec, type CheckOptions } from './check';
export { locateProblems, jsonSyntaxErrors, textPositions, type LocatedProblem, type TextRange } from './locate';
export { addYears, cecWindow } from './calendar';
export { profileSchema } from './schema';
