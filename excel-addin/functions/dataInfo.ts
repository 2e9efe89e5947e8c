/** Provenance: which data the EE functions answer from, so a sheet can show where its figures come from. */
import { dataAge, dayFromIso, localDay } from '../../core/index';
import { addinStore } from './data';
import { isMissing, readChoice, serialFromDay, serialFromInstant } from './args';
import { NoDataError } from './errors';

type Field = 'round' | 'date' | 'source' | 'rounds' | 'retrieved' | 'age';

const FIELDS: Readonly<Record<string, Field>> = {
  round: 'round',
  newest: 'round',
  date: 'date',
  source: 'source',
  rounds: 'rounds',
  count: 'rounds',
  retrieved: 'retrieved',
  age: 'age',
};

/** Labels of the rows EE.DATA_INFO spills, in order. */
export const DATA_INFO_ROWS: readonly (readonly [Field, string])[] = [
  ['round', 'Newest round'],
  ['date', 'Newest round date'],
  ['age', 'Days since the newest round'],
  ['rounds', 'Rounds'],
  ['retrieved', 'Retrieved (UTC)'],
  ['source', 'Source'],
];

/**
 * The data the EE functions use: newest round, its date, days since it, rounds, when retrieved and the source URL.
 * @customfunction DATA_INFO
 * @param [field] "round", "date" (an Excel date), "age" (days, to today), "rounds", "retrieved" or "source". Default: all, as a table.
 * @returns One value, or a two-column table that spills.
 */
export function dataInfo(field?: string): Array<Array<string | number>> {
  {
    const store = addinStore();
    const status = store.status();
    const which = isMissing(field) ? null : readChoice(field, 'field', FIELDS);
    const value = (f: Field): string | number => {
      switch (f) {
        case 'round':
          if (status.newestRound === null) throw new NoDataError('The data holds no round.');
          return status.newestRound;
        case 'date': {
          const day = status.newestDate ? dayFromIso(status.newestDate) : null;
          if (day === null) throw new NoDataError('The data holds no round.');
          return serialFromDay(day);
        }
        case 'age': {
          const age = dataAge(status.newestDate, localDay(), 'excel');
          if (age.ageDays === null) throw new NoDataError('The data holds no round.');
          return age.ageDays;
        }
        case 'rounds':
          return status.rounds;
        case 'retrieved':
          return serialFromInstant(store.data().provenance.retrieved) ?? store.data().provenance.retrieved;
        case 'source':
          return status.source;
      }
    };
    if (which !== null) return [[value(which)]];
    return DATA_INFO_ROWS.map(([f, label]) => [label, value(f)]);
  }
}
