/** The Canadian Experience Class check: profile format, hours, verdict. */
export * from './types';
export { parseProfile } from './profile';
export { cecHours } from './hours';
export { hoursInWindow } from './count';
export { checkCec } from './check';
export { locateProblems } from './locate';
export { profileSchema } from './schema';
