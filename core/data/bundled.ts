/** The snapshot that ships with the product: every round up to the newest the repository knows. */
import snapshot from './snapshot.json';
import { decodeSnapshot, type DataSet } from '../feed/snapshot';
import { Draws } from '../draws/draws';

let cached: DataSet | undefined;
let cachedDraws: Draws | undefined;

export function bundledData(): DataSet {
  return (cached ??= decodeSnapshot(snapshot));
}

export function bundledDraws(): Draws {
  return (cachedDraws ??= new Draws(bundledData().rounds));
}
