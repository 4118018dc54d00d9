/**
 * The embedded calculator's only line to the page around it: typed messages, posted to the one
 * origin the loader named. Nothing is sent when that origin is missing or is not the page's.
 * The frame listens to no messages, so the host page cannot drive it.
 */
import type { SettingProblem } from "../../embed-loader/messages.ts";
import { embedMessage, type EmbedEventFields, type EmbedEventType } from "../../embed-loader/messages.ts";
import { EMBED_PARAMS } from "../../embed-loader/settings.ts";

export type HostChannel = {
  post: <T extends EmbedEventType>(type: T, fields: EmbedEventFields[T]) => void;
};

export function connectToHost(win: Window, parentOrigin: string | null): { channel: HostChannel | null; problems: Omit<SettingProblem, "value">[] } {
  if (!parentOrigin || win.parent === win) return { channel: null, problems: [] };
  // Where the browser says who the parent is (Chromium, Safari), a different claim is refused
  // at once, rather than leaving every message to be dropped by postMessage.
  const actual = win.location.ancestorOrigins?.[0];
  if (actual && actual !== "null" && actual !== parentOrigin) {
    return {
      channel: null,
      problems: [{ key: EMBED_PARAMS.parentOrigin, message: "is not the origin of the page this calculator is on, so it sends that page nothing" }],
    };
  }
  const parent = win.parent;
  return {
    channel: { post: (type, fields) => parent.postMessage(embedMessage(type, fields), parentOrigin) },
    problems: [],
  };
}
