/**
 * From a CEC result to what the editor shows: findings on profile paths (diagnostics), the CodeLens title and the
 * CEC view's nodes. Pure (no `vscode`).
 */
// Hours as the core writes them (2 decimals at most): a face that rounded 1,559.99 to 1,560 would contradict the verdict.
import { formatHours as num, type Ability, type CecResult, type ExclusionReason, type JobResult } from '../../core/index';

export type JsonPath = readonly (string | number)[];
/** `hint`: context that is not a problem (hours outside the window, above the daily full-time cap): shown in the editor only. */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

export interface Finding {
  /** Where to show it: the first of these paths that exists in the document wins. */
  readonly paths: readonly JsonPath[];
  readonly message: string;
  readonly severity: Severity;
  /** A short code for the Problems panel. */
  readonly code: string;
}

const FIELD_OF: Readonly<Record<ExclusionReason, string | null>> = {
  teer: 'noc',
  unpaid: 'paid',
  outsideCanada: 'inCanada',
  unauthorized: 'authorized',
  selfEmployed: 'selfEmployed',
  fullTimeStudy: 'duringFullTimeStudy',
  outsideWindow: 'end',
  languageLevel: 'noc',
  dailyCap: 'hoursPerWeek',
};

const ABILITIES: readonly Ability[] = ['reading', 'writing', 'listening', 'speaking'];

/** Findings for every rule a profile breaks, and every problem that kept it from being checked. */
export function findings(result: CecResult): Finding[] {
  const out: Finding[] = [];
  for (const p of result.errors) out.push({ paths: [p.path, p.path.slice(0, -1), []], message: p.message, severity: 'error', code: 'profile' });
  for (const job of result.jobs) {
    for (const x of job.excluded) {
      const field = FIELD_OF[x.reason];
      const base: JsonPath = ['jobs', job.index];
      const paths: JsonPath[] = [];
      if (field) paths.push([...base, field]);
      if (x.reason === 'outsideWindow') paths.unshift([...base, 'start']);
      paths.push([...base, 'noc'], base);
      out.push({ paths, message: x.sentence, severity: x.reason === 'dailyCap' || x.reason === 'outsideWindow' ? 'hint' : 'warning', code: x.reason });
    }
  }
  // The core words and decides every other finding; only its place is chosen here.
  for (const n of result.notices) {
    out.push({ paths: [n.path, n.path.slice(0, -1), []], message: n.message, severity: n.severity, code: n.code });
  }
  return out;
}

/** The core's figures for one rule. */
function checkDetail(result: CecResult, rule: CecResult['checks'][number]['rule']): string {
  return result.checks.find((c) => c.rule === rule)?.detail ?? '';
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "CEC: eligible · 1,950 of 1,560 hours" — the CodeLens at the top of a profile. */
export function verdictTitle(result: CecResult): string {
  if (result.errors.length) return `CEC: cannot check (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})`;
  const verdict = result.eligible ? '$(pass) CEC: eligible' : '$(error) CEC: not eligible';
  const l = result.language;
  const lang = l ? ` · ${l.label} ${l.min}${l.required !== null ? ` (needs ${l.required})` : ''}` : '';
  return `${verdict} · ${num(result.qualifyingHours)} of ${num(result.requiredHours)} hours${lang} · as of ${result.asOf}`;
}

/** A node of the CEC view under one profile. */
export interface CecNode {
  readonly label: string;
  readonly description: string;
  readonly status: 'pass' | 'fail' | 'info' | 'error';
  /** Where it points in the profile (for "go to"). */
  readonly path: JsonPath;
  readonly tooltip: string;
  readonly children: readonly CecNode[];
}

function jobNode(job: JobResult): CecNode {
  const title = job.title || `Job ${job.index + 1}`;
  const teer = job.teer === null ? 'NOC ?' : `NOC ${job.noc}, TEER ${job.teer}`;
  const children: CecNode[] = [
    ...job.excluded.map((x): CecNode => ({
      label: x.sentence,
      description: x.hours > 0 ? `${num(x.hours)} h` : '',
      status: x.reason === 'dailyCap' || x.reason === 'outsideWindow' ? 'info' : 'fail',
      path: ['jobs', job.index],
      tooltip: x.sentence,
      children: [],
    })),
    ...job.notes.map((n) => ({ label: n, description: '', status: 'info' as const, path: ['jobs', job.index] as JsonPath, tooltip: n, children: [] })),
  ];
  return {
    label: title,
    description: `${teer} · ${num(job.countedHours)} of ${num(job.hoursInWindow)} h counted`,
    status: job.counts ? 'pass' : 'fail',
    path: ['jobs', job.index],
    tooltip: `${title} (${teer}): ${num(job.countedHours)} hours counted of ${num(job.hoursInWindow)} in the window.`,
    children,
  };
}

/** The rules of a result, one node each: hours, every job, language, validity, then problems. */
export function ruleNodes(result: CecResult): CecNode[] {
  const out: CecNode[] = [];
  for (const p of result.errors) out.push({ label: p.message, description: p.path.join('.'), status: 'error', path: p.path, tooltip: p.message, children: [] });
  out.push({
    label: 'Work experience',
    description: `${checkDetail(result, 'workExperience')} (${result.window.from} – ${result.window.to})`,
    status: result.workExperienceMet ? 'pass' : 'fail',
    path: ['jobs'],
    tooltip: result.reasons[1] ?? '',
    children: result.jobs.map(jobNode),
  });
  const lang = result.language;
  if (!lang) {
    out.push({ label: 'Language', description: 'no test in the profile', status: 'fail', path: [], tooltip: 'Add a "language" section with the test and its four scores.', children: [] });
  } else {
    const L = lang.label;
    out.push({
      label: 'Language',
      description: checkDetail(result, 'language'),
      status: result.languageMet ? 'pass' : 'fail',
      path: ['language'],
      tooltip: `The lowest of the four abilities counts: ${L} ${lang.min}.`,
      children: ABILITIES.map((a) => ({
        label: cap(a),
        description: `${L} ${lang.clb[a]}`,
        status: lang.abilitiesMet[a] ? 'pass' : 'fail',
        path: ['language', a],
        tooltip: `${cap(a)}: ${L} ${lang.clb[a]}`,
        children: [],
      })),
    });
    out.push({
      label: 'Test validity',
      description: checkDetail(result, 'testValid'),
      status: result.testValid ? 'pass' : 'fail',
      path: ['language', 'date'],
      tooltip: 'Language test results are valid for 2 years from the test date.',
      children: [],
    });
  }
  return out;
}

/** The verdict line of a profile in the CEC view. */
export function profileDescription(result: CecResult): string {
  if (result.errors.length) return 'cannot check: see problems';
  return `${result.eligible ? 'Eligible' : 'Not eligible'} · ${num(result.qualifyingHours)}/${num(result.requiredHours)} h`;
}
