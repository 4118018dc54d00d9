/**
 * The explanation of one figure, in a modal dialog: its calculation written out with this
 * scenario's values, each part opening its own, each input one step from its field. Loaded on the
 * first press of a figure; rendered in a root of its own, so opening it never redraws the page.
 */
import { useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from "react";
import { t } from "@lingui/core/macro";
import { createRoot, type Root } from "react-dom/client";
import { explain } from "../../model/explain.ts";
import type { Expression } from "../../model/index.ts";
import type { ExplainRequest } from "../../components/figure-button.tsx";
import type { Currency } from "../../lib/format.ts";
import { inputFieldId } from "../../lib/field-ids.ts";
import { equation, formatNode, monthRuns, runHeading, runName } from "./explain-text.ts";
import { withoutIdleSteps } from "./explain-steps.ts";
import { figurePlan, planSentence } from "./explain-subject.ts";
import { labelText } from "./label-text.ts";
import "./explain.css";
import { inputLabel } from "../../i18n/input-text.ts";

export type ShowRequest = ExplainRequest & { currency: Currency; large: boolean };

let host: { root: Root; serial: number } | null = null;

/** Opens the explanation of a figure; one at a time. */
export function showExplanation(request: ShowRequest): void {
  if (!host) {
    const container = document.createElement("div");
    container.className = "explain-host";
    document.body.append(container);
    host = { root: createRoot(container), serial: 0 };
  }
  const { root } = host;
  host.serial += 1;
  root.render(<ExplainDialog key={host.serial} {...request} onClosed={() => root.render(null)} />);
}

/**
 * Puts focus in an input's field, opening the folded groups it sits in. False when the page
 * shows no such field.
 */
export function focusInputField(key: string, doc: Document = document): boolean {
  const field = doc.getElementById(inputFieldId(key));
  if (!field) return false;
  for (let parent = field.parentElement; parent; parent = parent.parentElement) {
    if (parent instanceof HTMLDetailsElement && !parent.open) parent.open = true;
  }
  field.focus();
  field.scrollIntoView?.({ block: "center" });
  return true;
}

type DialogProps = ShowRequest & { onClosed: () => void };

export function ExplainDialog({ scenario, figure, opener, currency, large, onClosed }: DialogProps) {
  const root = useMemo(() => explain(scenario, figure), [scenario, figure]);
  const plan = useMemo(() => ({ name: figurePlan(scenario, figure).name, sentence: planSentence(scenario, figure) }), [scenario, figure]);
  const dialog = useRef<HTMLDialogElement>(null);
  /** The input to focus once the dialog has closed, if an input link closed it. */
  const goTo = useRef<string | null>(null);
  const titleId = useId();
  const planId = useId();

  useLayoutEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);

  const close = () => dialog.current?.close();

  const onClose = () => {
    const key = goTo.current;
    if (!(key !== null && focusInputField(key)) && opener.isConnected) opener.focus();
    onClosed();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key !== "Escape") return;
    // Handled here, so Esc closes the explanation only (presenter mode ignores a handled key).
    event.preventDefault();
    close();
  };

  const toInput = (key: string) => {
    goTo.current = key;
    close();
  };

  return (
    <dialog
      ref={dialog}
      className={large ? "explain-dialog explain-dialog--large" : "explain-dialog"}
      aria-labelledby={titleId}
      aria-describedby={plan.sentence ? planId : undefined}
      onKeyDown={onKeyDown}
      onClose={onClose}
    >
      <div className="explain-dialog__header">
        <h2 id={titleId} className="explain-dialog__title">
          {labelText(root.label)}: {formatNode(root, currency)}
        </h2>
        <button type="button" className="button explain-dialog__close" onClick={close}>
          {t({ context: "closes the explanation", message: "Close" })}
        </button>
      </div>
      {plan.sentence ? (
        <p id={planId} className="explain-dialog__plan">
          {plan.sentence}
        </p>
      ) : null}
      <p className="explain-dialog__lede">
        {scenario.downtime
          ? t`Worked out with this scenario’s figures, downtime counted in the totals. Open a part to see its own working; choose an input to change it.`
          : t`Worked out with this scenario’s figures, invoices only: downtime not counted in the totals. Open a part to see its own working; choose an input to change it.`}
      </p>
      <Working node={root} currency={currency} plan={plan.name} onInput={toInput} />
    </dialog>
  );
}

type WorkingProps = {
  node: Expression;
  currency: Currency;
  /** The name of the plan the figures are of. */
  plan: string;
  onInput: (key: string) => void;
};

/** A node's calculation and its parts, leaving out the steps that change nothing. */
function Working({ node: written, currency, plan, onInput }: WorkingProps) {
  if (written.op === "input") {
    return (
      <ul className="explain-tree">
        <Part node={written} currency={currency} plan={plan} onInput={onInput} />
      </ul>
    );
  }
  const node = withoutIdleSteps(written);
  const parts =
    node.op === "total"
      ? monthRuns(node).map((run) => ({ node: run.node, name: runHeading(run), key: runName(run) }))
      : node.children
          .filter((child) => child.op !== "constant")
          .map((child, index) => ({ node: child, name: labelText(child.label), key: String(index) }));
  return (
    <>
      <p className="explain-eq">{equation(node, currency, plan)}</p>
      {parts.length > 0 ? (
        <ul className="explain-tree">
          {parts.map((part) => (
            <Part key={part.key} node={part.node} name={part.name} currency={currency} plan={plan} onInput={onInput} />
          ))}
        </ul>
      ) : null}
    </>
  );
}

/** One part of a calculation: an input, which leads to its field, or a figure that unfolds its working. */
function Part({ node, name, currency, plan, onInput }: WorkingProps & { name?: string }) {
  const [open, setOpen] = useState(false);
  const bodyId = useId();
  const value = formatNode(node, currency);
  if (node.op === "input") {
    return (
      <li className="explain-tree__item">
        <button type="button" className="explain-input" onClick={() => onInput(node.input!.key)}>
          {inputLabel(node.input!.key)}: <strong>{value}</strong>
          <span className="explain-input__hint"> {t`(your input: change it)`}</span>
        </button>
      </li>
    );
  }
  return (
    <li className="explain-tree__item">
      <button
        type="button"
        className="explain-toggle"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {name ?? labelText(node.label)}: <strong>{value}</strong>
      </button>
      <div id={bodyId} className="explain-tree__body" hidden={!open}>
        {open ? <Working node={node} currency={currency} plan={plan} onInput={onInput} /> : null}
      </div>
    </li>
  );
}
