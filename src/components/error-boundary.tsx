import { Component, type ErrorInfo, type ReactNode } from "react";
import { t } from "@lingui/core/macro";

type ErrorBoundaryProps = {
  /** What this part of the page is, in words: "The charts" (in the page's language). */
  name: string;
  children: ReactNode;
  /** Puts the scenario back to its defaults; the fallback offers it as a way out. */
  onReset: () => void;
  /** The address the page was opened with, kept so the user can copy it before resetting. */
  openingUrl: string;
};

type ErrorBoundaryState = { error: Error | null };

/**
 * Keeps one feature's failure inside that feature: the rest of the page goes on working, and the
 * user can reset to the defaults without losing the link they came with.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Logged for whoever reports the problem; nothing is sent anywhere.
    console.warn(`${this.props.name} stopped working:`, error, info.componentStack);
  }

  private reset = () => {
    this.props.onReset();
    this.setState({ error: null });
  };

  override render() {
    if (!this.state.error) return this.props.children;
    const { name, openingUrl } = this.props;
    return (
      <section className="feature-error" role="alert">
        <h2 className="feature-error__title">
          {t({ message: `${name} stopped working`, comment: "{name} is a part of the page: “The charts”, “The verdict”, “The inputs”…" })}
        </h2>
        <p>{t`The rest of the page still works. Resetting the inputs to their defaults usually brings this back.`}</p>
        <p>
          <label className="feature-error__label">
            {t`The link you opened, to keep or report`}
            <input className="feature-error__link" readOnly value={openingUrl} onFocus={(event) => event.target.select()} />
          </label>
        </p>
        <button type="button" className="button" onClick={this.reset}>
          {t`Reset to defaults`}
        </button>
      </section>
    );
  }
}
