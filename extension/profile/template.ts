/**
 * The example profile "Create profile" writes. Plain JSON (no comments), so that `ee cec` and any JSON tool read it
 * too; the notes are in "$comment" and the JSON Schema's descriptions show on hover and in completion.
 */
export function exampleProfile(asOf: string): string {
  const profile = {
    $comment:
      'Express Entry candidate profile: the CEC check, the CRS score and the categories update as you type. ' +
      'Dates are YYYY-MM-DD; "end": null means ongoing; ' +
      'flags (paid, inCanada, authorized, selfEmployed, duringFullTimeStudy) default to the qualifying value. ' +
      'NOC: the 5-digit NOC 2021 code, whose second digit is the TEER (0-3 count). Language test: IELTS (General Training), ' +
      'CELPIP, PTE_CORE, TEF, TCF, or CLB (scores already in CLB levels). Remove "asOf" to check on today. ' +
      'CRS factors (dateOfBirth, maritalStatus, education, spouse, …): hover a field or see docs/crs.md.',
    asOf,
    dateOfBirth: '1996-03-14',
    maritalStatus: 'single',
    education: { level: 'bachelors', canadian: 'none' },
    jobs: [
      {
        title: 'Software developer',
        noc: '21232',
        start: '2022-01-10',
        end: null,
        hoursPerWeek: 37.5,
        paid: true,
        inCanada: true,
        authorized: true,
        selfEmployed: false,
        duringFullTimeStudy: false,
      },
    ],
    studyPeriods: [{ start: '2019-09-01', end: '2021-12-20', fullTime: true }],
    language: { test: 'IELTS', date: '2025-05-01', reading: 7, writing: 6.5, listening: 8, speaking: 7 },
  };
  return JSON.stringify(profile, null, 2) + '\n';
}
