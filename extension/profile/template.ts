/** The example profile "Create profile" writes: JSON with comments (the extension reads profiles as JSONC). */
export function exampleProfile(asOf: string): string {
  return `// Express Entry candidate profile: the CEC check runs on every save and edit.
// Dates are YYYY-MM-DD. Remove what you don't need; flags default to the qualifying value.
{
  // The day to check on (omit it to check on today).
  "asOf": "${asOf}",
  "jobs": [
    {
      "title": "Software developer",
      // NOC 2021 code: its second digit is the TEER (0-3 count for CEC).
      "noc": "21232",
      "start": "2022-01-10",
      // null or omitted: ongoing.
      "end": null,
      "hoursPerWeek": 37.5,
      "paid": true,
      "inCanada": true,
      "authorized": true,
      "selfEmployed": false,
      "duringFullTimeStudy": false
    }
  ],
  // Full-time study: work during it does not count.
  "studyPeriods": [
    { "start": "2019-09-01", "end": "2021-12-20", "fullTime": true }
  ],
  // test: IELTS (General Training), CELPIP, PTE_CORE, TEF, TCF, or CLB (scores already in CLB levels).
  "language": {
    "test": "IELTS",
    "date": "2025-05-01",
    "reading": 7,
    "writing": 6.5,
    "listening": 8,
    "speaking": 7
  }
}
`;
}
