/**
 * The messages an embedded calculator posts to the page that embeds it. Written once here and
 * used by both sides: the frame builds them, the loader checks them before it trusts them.
 */

export const MESSAGE_NAMESPACE = "itcost";
export const MESSAGE_VERSION = 1;

/** Taller than any calculator could be: a height beyond it is not believed. */
export const MAX_FRAME_HEIGHT = 20_000;

/** One managed plan's figures over the horizon. */
export type PlanFigures = {
  /** The plan's name: text as the visitor typed it, never markup. */
  name: string;
  total: number;
  perSeatMonth: number;
  /** The month from which the plan costs less to date than break-fix; null when it never does. */
  breakEvenMonth: number | null;
};

/**
 * The figures of the shown comparison over its horizon; money in `currency`, unformatted. The
 * `managed` figures are those of the focus plan, the one the verdict compares with break-fix.
 */
export type ScenarioSummary = {
  breakFixTotal: number;
  managedTotal: number;
  /** Break-fix total − managed total: positive when managed support saves money. */
  difference: number;
  breakEvenMonth: number | null;
  months: number;
  currency: string;
  /** Every managed plan, plan 1 first. */
  plans: PlanFigures[];
  /** The plan the managed figures are of, 1-based. */
  focus: number;
  /** The option with the lowest total: 0 for break-fix, k for plan k. */
  cheapest: number;
  /** That option's name: "Break-fix" or the plan's name. */
  cheapestName: string;
};

/**
 * A setting that was refused: the key it came in under (the frame names its URL key; the loader,
 * which reports to the host page, the data-* attribute), the value as given, and a reason a person
 * can read.
 */
export type SettingProblem = { key: string; value: string; message: string };

/** Each event's own fields, by event type. Heights are CSS pixels of the frame's content. */
export type EmbedEventFields = {
  ready: { height: number; summary: ScenarioSummary; problems: SettingProblem[] };
  resize: { height: number };
  "scenario-changed": { summary: ScenarioSummary };
  "cta-clicked": { label: string; url: string; summary: ScenarioSummary };
};

export type EmbedEventType = keyof EmbedEventFields;

export const EMBED_EVENT_TYPES: readonly EmbedEventType[] = ["ready", "resize", "scenario-changed", "cta-clicked"];

export type EmbedMessage<T extends EmbedEventType = EmbedEventType> = {
  [K in T]: { namespace: typeof MESSAGE_NAMESPACE; version: typeof MESSAGE_VERSION; type: K } & EmbedEventFields[K];
}[T];

export function embedMessage<T extends EmbedEventType>(type: T, fields: EmbedEventFields[T]): EmbedMessage<T> {
  return { namespace: MESSAGE_NAMESPACE, version: MESSAGE_VERSION, type, ...fields } as EmbedMessage<T>;
}

/** The message if `data` has the namespace, version, a known type and, where due, a sane height. */
export function readEmbedMessage(data: unknown): EmbedMessage | null {
  // Text, a number or null has no namespace: none of them is a message.
  const message = data as Partial<Record<string, unknown>> | null | undefined;
  if (message?.namespace !== MESSAGE_NAMESPACE || message.version !== MESSAGE_VERSION) return null;
  if (!EMBED_EVENT_TYPES.includes(message.type as EmbedEventType)) return null;
  if (message.type === "ready" || message.type === "resize") {
    const height = message.height;
    if (typeof height !== "number" || !(height >= 0 && height <= MAX_FRAME_HEIGHT)) return null;
  }
  return data as EmbedMessage;
}

/**
 * The message of an event only when it comes from `frame`'s own window at `frameOrigin`:
 * another window, even one of the same origin, or another origin, is never believed.
 */
export function messageFromFrame(event: MessageEvent, frame: HTMLIFrameElement, frameOrigin: string): EmbedMessage | null {
  if (event.origin !== frameOrigin || !frame.contentWindow || event.source !== frame.contentWindow) return null;
  return readEmbedMessage(event.data);
}
