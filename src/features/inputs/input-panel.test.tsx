import { describe, expect, it } from "vitest";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InputPanel } from "./input-panel.tsx";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { INPUTS } from "../../model/index.ts";
import { inputFieldId } from "../../lib/field-ids.ts";
import { inputLabel } from "../../i18n/input-text.ts";

describe("InputPanel", () => {
  it("shows the five key inputs up front with their units and ranges", () => {
    renderWithStore(<InputPanel />);
    for (const label of ["Staff who use IT", "Endpoints", "Servers", "Staff hourly cost", "Issues per person per month"]) {
      expect(screen.getByRole("textbox", { name: label })).toBeVisible();
    }
    expect(screen.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("25");
    expect(screen.getByText("1 – 5,000")).toBeInTheDocument();
  });

  it("folds every other assumption under More assumptions, one field per input, and each plan's terms in its plan", () => {
    renderWithStore(<InputPanel />);
    const more = screen.getByText("More assumptions").closest("details")!;
    expect(more).not.toHaveAttribute("open");
    const numberFields = within(more).getAllByRole("textbox");
    const checkboxes = within(more).getAllByRole("checkbox");
    const plan = screen.getByRole("group", { name: "Plan 1: Managed" });
    const planFields = within(plan).getAllByRole("textbox");
    expect(numberFields.length + checkboxes.length + planFields.length + 5).toBe(INPUTS.length);
    expect(within(more).getByRole("group", { name: "Break-fix terms" })).toBeInTheDocument();
    expect(within(plan).getByRole("textbox", { name: "Plan name" })).toHaveValue("Managed");
    expect(within(plan).getByText("More terms of Managed").closest("details")).not.toHaveAttribute("open");
  });

  it("commits a valid value to the scenario as it is typed", async () => {
    const { store } = renderWithStore(<InputPanel />);
    const seats = screen.getByRole("textbox", { name: "Staff who use IT" });
    await userEvent.clear(seats);
    await userEvent.type(seats, "40");
    expect(store.getState().scenario.seats).toBe(40);
  });

  it("keeps invalid text, explains it, and leaves the last valid value in use", async () => {
    const { store } = renderWithStore(<InputPanel />);
    const seats = screen.getByRole("textbox", { name: "Staff who use IT" });
    await userEvent.clear(seats);
    await userEvent.type(seats, "12.5");
    expect(seats).toHaveValue("12.5");
    expect(seats).toHaveAttribute("aria-invalid", "true");
    expect(screen.getByRole("alert")).toHaveTextContent("Staff who use IT must be a whole number between 1 and 5,000. Still using 12.");
    expect(store.getState().scenario.seats).toBe(12);
  });

  it("moves the number field with its slider", () => {
    const { store } = renderWithStore(<InputPanel />);
    fireEvent.change(screen.getByRole("slider", { name: "Servers (slider)" }), { target: { value: "7" } });
    expect(store.getState().scenario.servers).toBe(7);
    expect(screen.getByRole("textbox", { name: "Servers" })).toHaveValue("7");
  });

  it("fills in a preset and undoes it", async () => {
    const { store } = renderWithStore(<InputPanel />);
    await userEvent.click(screen.getByRole("button", { name: "100-person multi-site company" }));
    expect(screen.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("100");
    expect(screen.getByRole("status")).toHaveTextContent("Filled in “100-person multi-site company”.");
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().scenario.seats).toBe(25);
    expect(screen.getByRole("textbox", { name: "Staff who use IT" })).toHaveValue("25");
  });

  it("switches downtime out of the totals with its checkbox", async () => {
    const { store } = renderWithStore(<InputPanel />);
    await userEvent.click(screen.getByRole("checkbox", { name: "Count downtime in the totals" }));
    expect(store.getState().scenario.downtime).toBe(false);
  });

  it("gives each number field an id derived from its input's key, so a link can point at it", () => {
    renderWithStore(<InputPanel />);
    for (const def of INPUTS.filter((input) => input.kind !== "boolean")) {
      // Some labels repeat across groups (hours per user issue, on each side): the id tells them apart.
      const field = document.getElementById(inputFieldId(def.key));
      expect(screen.getAllByRole("textbox", { name: inputLabel(def.key) })).toContain(field);
    }
  });
});
