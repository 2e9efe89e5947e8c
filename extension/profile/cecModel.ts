/**
 * From a CEC result to what the editor shows: findings on profile paths (diagnostics), the CodeLens title and the
 * CEC view's nodes. Pure (no `vscode`).
 */
import { thousands as num, type Ability, type CecResult, type ExclusionReason, type JobResult } from '../../core/index';

export type JsonPath = readonly (string | number)[];
/** `hint`: context that is not a problem (hours outside the window, above the weekly cap): shown in the editor only. */
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
  weeklyCap: 'hoursPerWeek',
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
      out.push({ paths, message: x.sentence, severity: x.reason === 'weeklyCap' || x.reason === 'outsideWindow' ? 'hint' : 'warning', code: x.reason });
    }
  }
  const lang = result.language;
  if (lang) {
    if (!lang.valid) {
      out.push({
        paths: [['language', 'date'], ['language']],
        message: lang.validUntil
          ? `The ${lang.test} results expired on ${lang.validUntil}: language results are valid for 2 years.`
          : `The ${lang.test} results are not valid on ${result.asOf}.`,
        severity: 'warning',
        code: 'languageExpired',
      });
    }
    if (lang.required !== null) {
      for (const a of ABILITIES) {
        const clb = lang.clb[a];
        if (clb < lang.required) {
          out.push({
            paths: [['language', a], ['language']],
            message: `${cap(a)} is CLB ${clb}; CEC needs CLB ${lang.required} in every ability for this experience.`,
            severity: 'warning',
            code: 'languageLevel',
          });
        }
      }
    }
  }
  if (result.errors.length === 0 && result.qualifyingHours < result.requiredHours) {
    out.push({
      paths: [['jobs'], []],
      message: `${num(result.qualifyingHours)} qualifying hours between ${result.window.from} and ${result.window.to}; CEC needs ${num(result.requiredHours)}.`,
      severity: 'info',
      code: 'hours',
    });
  }
  return out;
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** "CEC: eligible · 1,950 of 1,560 hours" — the CodeLens at the top of a profile. */
export function verdictTitle(result: CecResult): string {
  if (result.errors.length) return `CEC: cannot check (${result.errors.length} problem${result.errors.length === 1 ? '' : 's'})`;
  const verdict = result.eligible ? '$(pass) CEC: eligible' : '$(error) CEC: not eligible';
  const lang = result.language ? ` · CLB ${result.language.min}${result.language.required !== null ? ` (needs ${result.language.required})` : ''}` : '';
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
    ...job.excluded.map((x) => ({
      label: x.sentence,
      description: x.hours > 0 ? `${num(x.hours)} h` : '',
      status: (x.reason === 'weeklyCap' || x.reason === 'outsideWindow' ? 'info' : 'fail') as CecNode['status'],
      path: ['jobs', job.index] as JsonPath,
      tooltip: x.sentence,
      children: [],
    })),
    ...job.notes.map((n) => ({ label: n, description: '', status: 'info' as const, path: ['jobs', job.index] as JsonPath, tooltip: n, children: [] })),
  ];
  return {
    label: title,
    description: `${teer} · ${num(job.countedHours)} of ${num(job.hoursInWindow)} h counted`,
    status: job.countedHours > 0 ? 'pass' : 'fail',
    path: ['jobs', job.index],
    tooltip: `${title} (${teer}): ${num(job.countedHours)} hours counted of ${num(job.hoursInWindow)} in the window.`,
    children,
  };
}

/** The rules of a result, one node each: hours, every job, language, validity, then problems. */
export function ruleNodes(result: CecResult): CecNode[] {
  const out: CecNode[] = [];
  for (const p of result.errors) out.push({ label: p.message, description: p.path.join('.'), status: 'error', path: p.path, tooltip: p.message, children: [] });
  const hoursOk = result.qualifyingHours >= result.requiredHours;
  out.push({
    label: 'Work experience',
    description: `${num(result.qualifyingHours)} of ${num(result.requiredHours)} hours (${result.window.from} – ${result.window.to})`,
    status: hoursOk ? 'pass' : 'fail',
    path: ['jobs'],
    tooltip: `Qualifying hours in the 3 years before ${result.asOf}, capped at 30 a week: ${num(result.qualifyingHours)}; needed: ${num(result.requiredHours)}.`,
    children: result.jobs.map(jobNode),
  });
  const lang = result.language;
  if (!lang) {
    out.push({ label: 'Language', description: 'no test in the profile', status: 'fail', path: [], tooltip: 'Add a "language" section with the test and its four scores.', children: [] });
  } else {
    const enough = lang.required === null || lang.min >= lang.required;
    out.push({
      label: 'Language',
      description: `${lang.test}: CLB ${lang.min}${lang.required !== null ? ` (needs ${lang.required})` : ''}`,
      status: enough ? 'pass' : 'fail',
      path: ['language'],
      tooltip: 'The lowest of the four abilities counts.',
      children: ABILITIES.map((a) => ({
        label: cap(a),
        description: `CLB ${lang.clb[a]}`,
        status: (lang.required !== null && lang.clb[a] < lang.required ? 'fail' : 'pass') as CecNode['status'],
        path: ['language', a],
        tooltip: `${cap(a)}: CLB ${lang.clb[a]}`,
        children: [],
      })),
    });
    out.push({
      label: 'Test validity',
      description: lang.validUntil ? `${lang.valid ? 'valid' : 'expired'} · until ${lang.validUntil}` : lang.valid ? 'valid' : 'no test date',
      status: lang.valid ? 'pass' : 'fail',
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
