/** The CEC part of the core's public API (see core/index.ts): the check, the hour count and the job rules. */
export { checkCec } from './check';
export { cecHours, formatHours, type CecHours } from './hours';
export { hoursInWindow } from './count';
export { pathText, teerOf, nocProblem } from './profile';
export { textPositions } from './locate';
export { hoursPerWeekProblem, jobEndProblem, jobProblems } from './job';
export type { CecResult, Job, JobResult, ExclusionReason, Ability } from './types';
