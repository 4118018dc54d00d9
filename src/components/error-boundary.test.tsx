import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { useState } from "react";
import { ErrorBoundary } from "./error-boundary.tsx";

let failing = true;

function Fragile() {
  if (failing) throw new Error("chart blew up");
  return <p>Chart drawn</p>;
}

function Page() {
  const [resets, setResets] = useState(0);
  return (
    <>
      <ErrorBoundary
        name="The charts"
        openingUrl="https://calc.example/?seats=40&v=1"
        onReset={() => {
          failing = false;
          setResets(resets + 1);
        }}
      >
        <Fragile />
      </ErrorBoundary>
      <p>Verdict still here ({resets} resets)</p>
    </>
  );
}

describe("ErrorBoundary", () => {
  beforeEach(() => {
    failing = true;
    // React reports caught render errors on the console; the test asserts what the user sees instead.
    vi.spyOn(console, "error").mockImplementation(() => {});
    vi.spyOn(console, "warn").mockImplementation(() => {});
  });
  afterEach(() => vi.restoreAllMocks());

  it("keeps a failing feature's error inside it and the rest of the page working", () => {
    render(<Page />);
    expect(screen.getByRole("alert")).toHaveTextContent("The charts stopped working");
    expect(screen.getByText("Verdict still here (0 resets)")).toBeInTheDocument();
  });

  it("shows the link the user came with, to copy before resetting", () => {
    render(<Page />);
    expect(screen.getByRole("textbox", { name: "The link you opened, to keep or report" })).toHaveValue(
      "https://calc.example/?seats=40&v=1",
    );
  });

  it("resets to defaults and draws the feature again", async () => {
    render(<Page />);
    await userEvent.click(screen.getByRole("button", { name: "Reset to defaults" }));
    expect(screen.getByText("Chart drawn")).toBeInTheDocument();
    expect(screen.getByText("Verdict still here (1 resets)")).toBeInTheDocument();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
