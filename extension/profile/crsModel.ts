/**
 * From a profile's CRS outcome to what the editor shows: the CodeLens title, findings for diagnostics (problems in
 * the CRS fields, fields that score nothing for a reason) and the candidate view's CRS nodes. Pure (no `vscode`);
 * every figure and sentence comes from the core.
 */
import { crsFromJson, crsHeadline, workYearsText, CRS_PROFILE_KEYS, CRS_SECTION_IDS, type CrsOutcome, type CrsResult } from '../../core/index';
import type { CecNode, Finding, JsonPath } from './cecModel';

/** Whether a profile has any CRS field (a CEC-only profile gets no CRS lens or findings). */
export function hasCrsFields(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && CRS_PROFILE_KEYS.some((k) => k in value);
}

/** The CRS outcome of a parsed profile, or null for a CEC-only profile. Never throws. */
export function crsOutcome(value: unknown, options: { asOf?: string } = {}): CrsOutcome | null {
  if (!hasCrsFields(value)) return null;
  try {
    return crsFromJson(value, options.asOf !== undefined ? { asOf: options.asOf } : {});
  } catch (e) {
    return { problems: [{ path: [], message: `The CRS could not be computed (${e instanceof Error ? e.message : String(e)}).` }] };
  }
}

/** "CRS 469 · rules of 2025-03-25", or why there is no score. */
export function crsLensTitle(outcome: CrsOutcome): string {
  if (!outcome.result) return `CRS: cannot score (${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'})`;
  return crsHeadline(outcome.result);
}

/** Tooltip of the lens: the four sections. */
export function crsLensTooltip(outcome: CrsOutcome): string {
  if (!outcome.result) return outcome.problems.map((p) => p.message).join('\n');
  const r = outcome.result;
  return [`${crsHeadline(r)} (${r.rules.title}), as of ${r.asOf}`, ...CRS_SECTION_IDS.map((id) => `${r.sections[id].title}: ${r.sections[id].points} / ${r.sections[id].max}`)].join('\n');
}

const key = (path: JsonPath, message: string): string => `${path.join('.')}\u0000${message}`;

/**
 * Findings: CRS problems not already reported by the CEC check (errors), and every note that points at a field
 * (information: the field scores nothing, and why).
 */
export function crsFindings(outcome: CrsOutcome | null, cecErrors: readonly { readonly path: JsonPath; readonly message: string }[]): Finding[] {
  if (!outcome) return [];
  const seen = new Set(cecErrors.map((e) => key(e.path, e.message)));
  const out: Finding[] = [];
  for (const p of outcome.problems) {
    if (seen.has(key(p.path, p.message))) continue;
    out.push({ paths: [p.path, p.path.slice(0, -1), []], message: p.message, severity: 'error', code: 'crsProfile' });
  }
  for (const n of outcome.result?.notes ?? []) {
    if (n.path) out.push({ paths: [n.path, n.path.slice(0, -1)], message: n.message, severity: 'info', code: 'crsScoresNothing' });
  }
  return out;
}

/** The candidate view's CRS node under a profile: the score, its sections with their factor lines, then the rest. */
export function crsNodes(outcome: CrsOutcome | null): CecNode[] {
  // A CEC-only profile (no CRS field) shows only its CEC rules.
  if (!outcome) return [];
  const r = outcome.result;
  if (!r) {
    return [{
      label: 'CRS', description: `cannot score: ${outcome.problems.length} problem${outcome.problems.length === 1 ? '' : 's'}`, status: 'error', path: [],
      tooltip: outcome.problems.map((p) => p.message).join('\n'),
      children: outcome.problems.map((p) => ({ label: p.message, description: p.path.join('.'), status: 'error', path: p.path, tooltip: p.message, children: [] })),
    }];
  }
  return [{
    label: `CRS ${r.total}`,
    description: `rules of ${r.rules.inForceFrom ?? `${r.rules.id} (not in force)`} · as of ${r.asOf}`,
    status: 'info',
    path: [],
    tooltip: crsLensTooltip(outcome),
    children: crsChildren(r),
  }];
}

function leaf(label: string, description: string, path: JsonPath | null, tooltip = label, status: CecNode['status'] = 'info'): CecNode {
  return { label, description, status, path: path ?? [], tooltip, children: [] };
}

function crsChildren(r: CrsResult): CecNode[] {
  const out: CecNode[] = [];
  for (const id of CRS_SECTION_IDS) {
    const s = r.sections[id];
    if (id === 'spouse' && !r.withSpouse) continue;
    out.push({
      label: s.title,
      description: `${s.points} / ${s.max}`,
      status: 'info',
      path: [],
      tooltip: `${s.title}: ${s.points} of at most ${s.max} points.`,
      children: s.factors.map((f) => leaf(f.what, `${f.points}`, f.path, f.reason, f.points > 0 ? 'pass' : 'info')),
    });
  }
  out.push(leaf('Work years', `${r.workYears.canadian.years} Canadian · ${r.workYears.foreign.years} foreign`, null, `${workYearsText(r, 'canadian')}\n${workYearsText(r, 'foreign')}`));
  if (r.caps.length) out.push({ label: 'Caps applied', description: String(r.caps.length), status: 'info', path: [], tooltip: r.caps.map((c) => c.note).join('\n'), children: r.caps.map((c) => leaf(c.note, `${c.limit - c.before}`, null)) });
  if (r.notes.length) out.push({ label: 'Scores nothing', description: String(r.notes.length), status: 'info', path: [], tooltip: r.notes.map((n) => n.message).join('\n'), children: r.notes.map((n) => leaf(n.message, '', n.path)) });
  if (r.changesAhead.length) {
    out.push({
      label: 'Changes ahead', description: 'next 12 months', status: 'info', path: [], tooltip: 'Dates when the score changes by itself.',
      children: r.changesAhead.map((c) => leaf(`${c.date}: ${c.event}`, `${c.change > 0 ? '+' : ''}${c.change} → ${c.total}`, null)),
    });
  }
  if (r.whatIf.length) {
    out.push({
      label: 'What if', description: '', status: 'info', path: [], tooltip: 'What you can change, and the exact change in points.',
      children: r.whatIf.map((w) => leaf(w.change, `${w.points > 0 ? '+' : ''}${w.points} → ${w.total}`, null)),
    });
  }
  return out;
}
