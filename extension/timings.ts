/**
 * Start-up figures of the extension, in milliseconds of the extension host's clock (performance.now()), kept so the
 * host suite can report them from the real workbench (issue 14: activation and the first tree cost no more than the
 * snapshot load beyond VS Code's own work). Imported first by extension.ts, so `moduleStart` is taken before the
 * bundle's other modules (and the bundled snapshot) are evaluated.
 */
export interface StartupTimings {
  /** When the extension's bundle began to evaluate. */
  readonly moduleStart: number;
  /** When the bundle's last module (extension.ts) ran: the bundle's evaluation is moduleEnd − moduleStart. */
  moduleEnd: number;
  /** When VS Code called activate(): what lies between moduleEnd and this is VS Code's own work. */
  activateStart: number;
  /** How long loading the data (bundled snapshot or cache) and indexing it took inside activate(). */
  dataLoadMs: number;
  activateEnd: number;
  /** When the Draws view first asked for its top-level items (when it was first shown). */
  firstTree: number;
  /** How long building those first items took. */
  firstTreeMs: number;
}

export const timings: StartupTimings = {
  moduleStart: performance.now(),
  moduleEnd: NaN,
  activateStart: NaN,
  dataLoadMs: NaN,
  activateEnd: NaN,
  firstTree: NaN,
  firstTreeMs: NaN,
};
