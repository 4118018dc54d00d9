/**
 * A figure on the page that opens its working when pressed: a button that looks like the figure.
 * What pressing it does comes from the page (ExplainContext), which loads the explanation on first
 * use; where no page provides it (the embed), the figure is plain text.
 */
import { createContext, useContext } from "react";
import { t } from "@lingui/core/macro";
import type { Figure, Scenario } from "../model/index.ts";
import "./figure-button.css";

export type ExplainRequest = {
  scenario: Scenario;
  figure: Figure;
  /** Where focus returns when the explanation closes. */
  opener: HTMLElement;
};

export const ExplainContext = createContext<((request: ExplainRequest) => void) | null>(null);

type FigureButtonProps = {
  scenario: Scenario;
  figure: Figure;
  /** The figure as written on the page; it is also the start of the button's accessible name. */
  children: string;
};

export function FigureButton({ scenario, figure, children }: FigureButtonProps) {
  const open = useContext(ExplainContext);
  if (!open) return <>{children}</>;
  const value = children;
  return (
    <button
      type="button"
      className="figure-button"
      aria-haspopup="dialog"
      aria-label={t({ message: `${value}: how this is calculated`, comment: "A figure's button, named by the figure: “$12,345: how this is calculated”" })}
      onClick={(event) => open({ scenario, figure, opener: event.currentTarget })}
    >
      {children}
    </button>
  );
}
