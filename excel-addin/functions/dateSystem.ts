/**
 * The workbook's date system. Excel numbers days from 1900 (serial 1 = 1900-01-01) or, in a workbook set to the
 * 1904 date system (old Mac workbooks), from 1904 (serial 0 = 1904-01-01): the same date is then 1,462 lower.
 * https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system
 * Every date the functions read or return goes through the system of the workbook (held by the store).
 */
import type { DateSystem } from '../store';
import { addinStore } from './data';

/** 1904-01-01 is serial 1462 in the 1900 system and serial 0 in the 1904 system. */
export const DAYS_1900_TO_1904 = 1462;

export function currentDateSystem(): DateSystem {
  return addinStore().dateSystem();
}

/** A serial of the workbook's system as a 1900-system serial. */
export function toSerial1900(serial: number, system: DateSystem): number {
  return system === 1904 ? serial + DAYS_1900_TO_1904 : serial;
}

/** A 1900-system serial as a serial of the workbook's system. */
export function fromSerial1900(serial1900: number, system: DateSystem): number {
  return system === 1904 ? serial1900 - DAYS_1900_TO_1904 : serial1900;
}
