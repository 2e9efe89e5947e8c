/** The Canadian Experience Class check: profile format, hours, verdict. */
export * from './types';
export { parseProfile, teerOf, nocProblem, pathText, MAX_HOURS_PER_WEEK } from './profile';
export { cecHours, roundHours, formatHours, REQUIRED_HOURS, WEEKLY_CAP, HOURS_EPSILON, type CecHours, type HoursOptions } from './hours';
export { checkCec, type CheckOptions } from './check';
export { locateProblems, jsonSyntaxErrors, textPositions, type LocatedProblem, type TextRange } from './locate';
export { addYears, cecWindow } from './calendar';
export { profileSchema } from './schema';
