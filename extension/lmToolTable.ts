/**
 * The language-model tools' names (as in package.json) → the core answer tool each one uses. No `vscode` here, so a
 * unit test can hold package.json against this table and the core's.
 */
import { answerTool, type AnswerTool, type JsonSchema } from '../core/index';

/** Tools that answer the core tool's arguments as given: package.json has the core tool's description and schema. */
export const LM_TOOLS: Readonly<Record<string, string>> = {
  expressEntry_cutoff: 'cutoff',
  expressEntry_draws: 'draws',
  expressEntry_stats: 'stats',
};

/** Checks the open profile: the core's CEC answer on the profile the extension tracks. */
export const CEC_TOOL = 'expressEntry_cecCheck';
/** Scores the open profile: the core's CRS answer on the profile the extension tracks. */
export const CRS_TOOL = 'expressEntry_crs';
/** Category eligibility of the open profile, with the reasons. */
export const CATEGORIES_TOOL = 'expressEntry_categories';
/** The open profile's CRS against each category's recent cut-offs, and its rank in the pool. */
export const OUTLOOK_TOOL = 'expressEntry_outlook';

/**
 * Tools on the open profile (a *.ee-profile.json the extension tracks) → the core tool that answers for it (its
 * answerFor) and the message VS Code shows while it runs. Their schema is the core tool's without "profile", with "file".
 */
export const PROFILE_LM_TOOLS: Readonly<Record<string, { readonly core: string; readonly message: string }>> = {
  [CEC_TOOL]: { core: 'cec_check', message: 'Checking the CEC eligibility of the profile' },
  [CRS_TOOL]: { core: 'crs', message: 'Scoring the profile (CRS)' },
  [CATEGORIES_TOOL]: { core: 'categories', message: 'Checking the category eligibility of the profile' },
  [OUTLOOK_TOOL]: { core: 'outlook', message: 'Comparing the profile\'s CRS with recent cut-offs' },
};

export const FILE_SCHEMA: JsonSchema = {
  type: 'string',
  description: 'Workspace-relative path or name of the profile, e.g. "me.ee-profile.json". Default: the open profile, else the only one.',
};

/** The core tool behind a profile tool; throws when the table names a tool the core lacks or that takes no profile. */
export function profileCoreTool(name: string): AnswerTool & Required<Pick<AnswerTool, 'answerFor'>> {
  const entry = PROFILE_LM_TOOLS[name];
  const tool = entry && answerTool(entry.core);
  if (!tool?.answerFor) throw new Error(`No core tool answers for a profile behind "${name}".`);
  return tool as AnswerTool & Required<Pick<AnswerTool, 'answerFor'>>;
}

/** The input schema of a profile tool: the core tool's, "profile" replaced by "file" (the profile comes from the workspace). */
export function openProfileSchema(core: JsonSchema): JsonSchema {
  const others = Object.entries(core.properties ?? {}).filter(([k]) => k !== 'profile');
  const required = (core.required ?? []).filter((k) => k !== 'profile');
  return { type: 'object', properties: Object.fromEntries([['file', FILE_SCHEMA], ...others]), ...(required.length ? { required } : {}), additionalProperties: false };
}
