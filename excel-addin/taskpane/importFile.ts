/**
 * A feed file the user downloaded (for example IRCC's ee_rounds_123_en.json saved from canada.ca), as a FeedSource:
 * an import goes through the core's refreshData like a download, with the same validation, merge and cache.
 */
import { DEFAULT_MAX_BYTES, FetchError, type FeedSource } from '../../core/index';

/** The part of a File the import reads. */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  text(): Promise<string>;
}

export function fileSourceOf(file: FileLike, maxBytes = DEFAULT_MAX_BYTES): FeedSource {
  const name = file.name.length > 80 ? `${file.name.slice(0, 80)}…` : file.name;
  return {
    description: `file ${name}`,
    async fetchText(): Promise<string> {
      if (file.size > maxBytes) throw new FetchError(`The file ${name} is too large (${file.size} bytes; the limit is ${maxBytes}).`);
      try {
        return await file.text();
      } catch (e) {
        throw new FetchError(`The file ${name} could not be read (${e instanceof Error ? e.message : String(e)}).`);
      }
    },
  };
}
