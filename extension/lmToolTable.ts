/** The language-model tools' names (as in package.json) → the core answer tool each one uses. No `vscode` here. */
export const LM_TOOLS: Readonly<Record<string, string>> = {
  expressEntry_cutoff: 'cutoff',
  expressEntry_draws: 'draws',
  expressEntry_stats: 'stats',
};
/** Checks the open profile: the core's CEC answer on the profile the extension tracks. */
export const CEC_TOOL = 'expressEntry_cecCheck';
/** Scores the open profile: the core's CRS answer on the profile the extension tracks. */
export const CRS_TOOL = 'expressEntry_crs';
