import type { InputProblem, ProblemCode } from "../model/index.ts";

/**
 * Why a setting of the page's address was ignored: the model's reasons for a scenario's fields,
 * and the page's own for its display settings and the link's version. Worded by
 * src/i18n/problem-text.ts.
 */
export type PageProblemCode =
  | ProblemCode
  /** The currency is not one the page offers. */
  | "notCurrency"
  /** `max`: the brand was cut to this many characters. */
  | "brandCut"
  /** `a=` must be 1. */
  | "notPinnedMarker"
  /** `count`, `current`: a repeated `v`, read as the current version. */
  | "versionRepeated"
  /** `current`: a `v` that is not a whole number from 1 up. */
  | "versionNotNumber"
  /** `version`, `current`: a link from a newer calculator. */
  | "versionNewer"
  /** `from`, `to`: an upgrade step that failed. */
  | "versionNotUpgraded";

export type PageProblem = InputProblem<PageProblemCode>;
