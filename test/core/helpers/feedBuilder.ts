/** Hand-written feed rounds in IRCC's format, for tests (never copies of the real feed). */
export type FeedRoundText = Record<string, string>;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function written(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** A well-formed round; override any field. */
export function feedRound(number: number | string, date: string, overrides: Partial<FeedRoundText> = {}): FeedRoundText {
  const href = `/content/canadasite/en/immigration-refugees-citizenship/corporate/mandate/policies-operational-instructions-agreements/ministerial-instructions/express-entry-rounds/invitations.html?q=${number}`;
  const base: FeedRoundText = {
    drawNumber: String(number),
    drawNumberURL: `<a href='${href}'>${number}</a>`,
    drawDate: date,
    drawDateFull: written(date),
    drawName: 'Canadian Experience Class',
    drawSize: '1,000',
    drawCRS: '520',
    mitext: `<a href='${href}'>Invitations to apply for permanent residence under the Express Entry system #${number}</a>`,
    DrawText1: `<a href='${href}'>See full text of Ministerial Instruction</a>`,
    drawText2: 'Canadian Experience Class',
    drawDateTime: `${written(date)} at 12:00:00 UTC`,
    drawCutOff: `${written(date)} at 08:30:15 UTC`,
    drawDistributionAsOn: written(date),
  };
  for (let i = 1; i <= 18; i++) base[`dd${i}`] = '0';
  for (const [k, v] of Object.entries(overrides)) if (v !== undefined) base[k] = v;
  return base;
}

/** A consistent published distribution: bands dd1..dd18 with correct subtotals. */
export function distribution(): Partial<FeedRoundText> {
  const fine = { dd4: 10, dd5: 20, dd6: 30, dd7: 40, dd8: 50, dd10: 1, dd11: 2, dd12: 3, dd13: 4, dd14: 5 };
  const dd3 = 10 + 20 + 30 + 40 + 50;
  const dd9 = 1 + 2 + 3 + 4 + 5;
  const out: Record<string, number> = { dd1: 100, dd2: 2000, dd3, dd9, dd15: 3000, dd16: 1500, dd17: 1234, ...fine };
  out['dd18'] = out['dd1']! + out['dd2']! + dd3 + dd9 + out['dd15']! + out['dd16']! + out['dd17']!;
  const text: Partial<FeedRoundText> = {};
  for (const [k, v] of Object.entries(out)) text[k] = v.toLocaleString('en-US');
  return text;
}

export function feed(rounds: FeedRoundText[]): { classes: string; rounds: FeedRoundText[] } {
  return { classes: 'wb-tables', rounds };
}
