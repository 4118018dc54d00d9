import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { CatchingUp } from "./catching-up.tsx";

describe("CatchingUp", () => {
  it("marks what it holds busy and dimmed only while it is behind", () => {
    const { rerender, container } = render(
      <CatchingUp behind={true}>
        <p>chart</p>
      </CatchingUp>,
    );
    const wrapper = container.firstElementChild!;
    expect(wrapper).toHaveAttribute("aria-busy", "true");
    expect(wrapper).toHaveClass("catching-up--behind");
    const chart = screen.getByText("chart");

    rerender(
      <CatchingUp behind={false}>
        <p>chart</p>
      </CatchingUp>,
    );
    expect(wrapper).toHaveAttribute("aria-busy", "false");
    expect(wrapper).not.toHaveClass("catching-up--behind");
    // The same element: only the wrapper changed.
    expect(screen.getByText("chart")).toBe(chart);
  });
});
