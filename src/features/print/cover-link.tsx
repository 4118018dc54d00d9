/**
 * The way back from paper to the live comparison: the link as text and as a QR code, at the foot
 * of the leave-behind's first page. Print only (print.css). The code follows the scenario once
 * edits settle, and at once when printing starts.
 */
import { useEffect, useState } from "react";
import { t } from "@lingui/core/macro";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { shareableUrl } from "../../state/url-sync.ts";
import { QrCode } from "./qr-code.tsx";
import { usePrintRequestedAt } from "./print-request.ts";

/** Long enough that typing a figure redraws the code once, not once per keystroke. */
const SETTLE_MS = 400;

/** `value` once it has stopped changing for `delayMs`, or at once when `flushKey` changes. */
export function useSettled<T>(value: T, delayMs: number, flushKey: unknown): T {
  const [settled, setSettled] = useState(value);
  const [flushedFor, setFlushedFor] = useState(flushKey);
  if (flushedFor !== flushKey) {
    setFlushedFor(flushKey);
    setSettled(value);
  }
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

export function CoverLink() {
  const store = useCalculatorStoreApi();
  // The link is rebuilt whenever what it carries changes.
  useCalculator((state) => state.scenario);
  useCalculator((state) => state.display);
  useCalculator((state) => state.pinned);
  const printedAt = usePrintRequestedAt();
  const link = useSettled(shareableUrl(store, window.location), SETTLE_MS, printedAt);
  return (
    <section className="leave-behind cover-link" aria-label={t`Link to this comparison`}>
      <p className="cover-link__text">
        {t`To reopen this comparison, with every figure and assumption, scan the code or go to:`}
        <br />
        <span className="cover-link__url">{link}</span>
      </p>
      <QrCode text={link} label={t`QR code of the link to this comparison`} />
    </section>
  );
}
