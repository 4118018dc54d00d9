/**
 * The little a journey needs from a browser, so each journey is written once and run in every
 * engine: Firefox over WebDriver BiDi (firefox-driver.ts), WebKitGTK over classic WebDriver
 * (webkit-driver.ts). Elements are named by CSS selectors; scripts run in the page.
 */

/** A function run in the page (or a frame): it must use only its arguments and the page's globals. */
export type PageFunction<Args extends unknown[], Result> = (
  ...args: Args
) => Result | Promise<Result>;

/** A browser engine the journeys run in. */
export type Engine = {
  name: "firefox" | "webkit";
  /** Added to PREVIEW_PORT for this engine's own server, so both engines can run at once. */
  portOffset: number;
  /** Whether its driver can print a page to PDF; a journey it cannot do is skipped, and the README says why. */
  canPrint: boolean;
  launch(): Promise<Driver>;
};

export interface Driver {
  /** Opens an address and waits for its load event. */
  goto(url: string): Promise<void>;
  reload(): Promise<void>;
  evaluate<Args extends unknown[], Result>(
    fn: PageFunction<Args, Result>,
    ...args: Args
  ): Promise<Result>;
  /** Runs a function in the document of the iframe that `frame` selects. */
  evaluateInFrame<Args extends unknown[], Result>(
    frame: string,
    fn: PageFunction<Args, Result>,
    ...args: Args
  ): Promise<Result>;
  click(selector: string): Promise<void>;
  /** Types into the focused field after selecting what it holds, as a user replacing a value does. */
  type(selector: string, text: string): Promise<void>;
  select(selector: string, value: string): Promise<void>;
  /** One key ("p", "Escape") to whatever has the focus. */
  press(key: "p" | "Escape"): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** The page as printed, A4, as PDF bytes (only where the engine `canPrint`). */
  pdf(): Promise<Uint8Array>;
  /** Uncaught errors and console errors the driver saw beside what the page recorded itself. */
  takeLoggedProblems(): string[];
  close(): Promise<void>;
}
