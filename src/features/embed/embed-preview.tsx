/**
 * The embed as a host page would show it: an iframe of the embed address, sized by the
 * calculator's own messages through the loader's checks, with the events a host would receive
 * and any setting the embed refused (which its visitors never see).
 */
import { useEffect, useRef, useState } from "react";
import { plural, t } from "@lingui/core/macro";
import { slot, withElements } from "../../i18n/with-elements.tsx";
import { messageFromFrame, type EmbedMessage, type SettingProblem } from "../../embed-loader/messages.ts";
import { attributeName } from "../../embed-loader/attributes.ts";

/** Settle before reloading the preview, so typing a label does not reload it per keystroke. */
const RELOAD_DELAY_MS = 500;
const LOG_LENGTH = 6;

/** A line of the event log: the event's name and what it carried (a summary's field as it is named). */
function describe(message: EmbedMessage): string {
  switch (message.type) {
    case "ready": {
      const event = message.type;
      const height = message.height;
      const refused = message.problems.length;
      return refused === 0
        ? t({ message: `${event}: ${height}px tall`, comment: "{event} is the name of an event, kept as it is" })
        : t({
            message: `${event}: ${height}px tall, ${plural(refused, { one: "# setting(s) refused", other: "# setting(s) refused" })}`,
            comment: "{event} is the name of an event, kept as it is. English writes “setting(s)” for either count.",
          });
    }
    case "resize":
      return `resize: ${message.height}px`;
    case "scenario-changed":
      return `scenario-changed: difference ${Math.round(message.summary.difference)} ${message.summary.currency}`;
    case "cta-clicked":
      return `cta-clicked: ${message.label}`;
  }
}

const windowObject = slot(0);
const listener = slot(1);

export function EmbedPreview({ address }: { address: string }) {
  const frame = useRef<HTMLIFrameElement>(null);
  const [shown, setShown] = useState(address);
  const [height, setHeight] = useState(560);
  const [log, setLog] = useState<string[]>([]);
  const [problems, setProblems] = useState<readonly SettingProblem[]>([]);

  useEffect(() => {
    const timer = setTimeout(() => setShown(address), RELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, [address]);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const iframe = frame.current;
      const message = iframe ? messageFromFrame(event, iframe, window.location.origin) : null;
      if (!message) return;
      if (message.type === "ready" || message.type === "resize") setHeight(Math.ceil(message.height));
      if (message.type === "ready") setProblems(message.problems);
      setLog((before) => [describe(message), ...before].slice(0, LOG_LENGTH));
    };
    window.addEventListener("message", onMessage);
    return () => window.removeEventListener("message", onMessage);
  }, []);

  return (
    <div className="preview">
      <iframe
        ref={frame}
        className="preview__frame"
        title={t`Preview of the embedded calculator`}
        src={shown}
        // No sandbox here: the preview shares this page's origin, where a sandbox that allows
        // scripts and the origin restricts nothing (browsers warn about it). On a host's site the
        // loader's iframe is sandboxed.
        height={height}
      />
      {problems.length > 0 ? (
        <div className="preview__problems" role="status">
          <h3 className="preview__log-title">{t`Settings the embed refused`}</h3>
          <p className="muted">{t`Your visitors never see these; on your site, each is a warning in the browser’s console.`}</p>
          <ul>
            {problems.map((problem, index) => (
              <li key={`${problem.key}-${index}`}>
                <code>
                  {attributeName(problem.key)}={JSON.stringify(problem.value)}
                </code>{" "}
                {problem.message}.
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="preview__log">
        <h3 className="preview__log-title">{t`Events your page receives`}</h3>
        <p className="muted">
          {withElements(
            t`Listen for them on the iframe or ${windowObject}, for example ${listener}.`,
            <code>window</code>,
            <code>window.addEventListener("itcost:scenario-changed", (event) =&gt; …)</code>,
          )}
        </p>
        <ol className="preview__events" aria-live="polite">
          {log.map((line, index) => (
            <li key={`${log.length - index}`}>{line}</li>
          ))}
        </ol>
      </div>
    </div>
  );
}
