/**
 * Tells the host page about the embedded calculator: "ready" once it has a height, "resize"
 * whenever its content's height changes, "scenario-changed" when the figures settle after an
 * edit. Heights come from a ResizeObserver on the embed's own element, not the document, whose
 * height is the iframe's and so could never shrink.
 */
import { useEffect, useRef, type RefObject } from "react";
import type { ScenarioSummary, SettingProblem } from "../../embed-loader/messages.ts";
import type { HostChannel } from "./host-channel.ts";

/** Long enough that a slider drag sends one event, short enough to feel immediate. */
const SETTLE_MS = 400;

function heightOf(element: HTMLElement): number {
  return Math.ceil(element.getBoundingClientRect().height);
}

export function useHostMessages(
  host: HostChannel | null,
  element: RefObject<HTMLElement | null>,
  summary: ScenarioSummary,
  problems: readonly SettingProblem[],
): void {
  const latest = useRef({ summary, problems });
  useEffect(() => {
    latest.current = { summary, problems };
  });
  const sent = useRef<{ height: number; summary: string } | null>(null);

  useEffect(() => {
    const target = element.current;
    if (!host || !target) return;
    const report = () => {
      const height = heightOf(target);
      if (!sent.current) {
        const { summary: first, problems: found } = latest.current;
        sent.current = { height, summary: JSON.stringify(first) };
        host.post("ready", { height, summary: first, problems: [...found] });
      } else if (height !== sent.current.height) {
        sent.current.height = height;
        host.post("resize", { height });
      }
    };
    const observer = new ResizeObserver(report);
    observer.observe(target);
    return () => observer.disconnect();
  }, [host, element]);

  const summaryKey = JSON.stringify(summary);
  useEffect(() => {
    if (!host) return;
    const timer = setTimeout(() => {
      if (!sent.current || sent.current.summary === summaryKey) return;
      sent.current.summary = summaryKey;
      host.post("scenario-changed", { summary: latest.current.summary });
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [host, summaryKey]);
}
