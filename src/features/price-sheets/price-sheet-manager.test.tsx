import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { PriceSheetManager } from "./price-sheet-manager.tsx";
import { FILE_FORMAT, STORAGE_KEY } from "./sheets.ts";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { addPlan, defaultScenario, setPlanTerm, type Scenario } from "../../model/index.ts";

/** Basic, Standard and Premium: one provider's three tiers. */
function threeTiers(base: Scenario = defaultScenario()): Scenario {
  let s = addPlan(addPlan({ ...base, msName: "Basic", msSeat: 60 }));
  s = setPlanTerm(setPlanTerm(s, 2, "msName", "Standard"), 2, "msSeat", 120);
  return setPlanTerm(setPlanTerm(s, 3, "msName", "Premium"), 3, "msSeat", 180);
}

beforeEach(() => localStorage.clear());
afterEach(() => vi.restoreAllMocks());

function renderManager(scenario = defaultScenario()) {
  return renderWithStore(<PriceSheetManager />, { scenario });
}

async function saveAs(name: string) {
  await userEvent.type(screen.getByRole("textbox", { name: "Name" }), name);
  await userEvent.click(screen.getByRole("button", { name: "Save current terms" }));
}

function importFile(text: string, name = "sheet.json") {
  const input = screen.getByLabelText("Price sheet file to import");
  fireEvent.change(input, { target: { files: [new File([text], name, { type: "application/json" })] } });
}

/** Everything the page announces as an alert: storage notices and refused actions. */
function alerts(): string {
  return screen
    .getAllByRole("alert")
    .map((alert) => alert.textContent)
    .join(" ");
}

function storedNames(): string[] {
  const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{"sheets":[]}') as { sheets: { name: string }[] };
  return stored.sheets.map((sheet) => sheet.name);
}

describe("PriceSheetManager", () => {
  it("saves the current terms under a name, and they are there after a reload", async () => {
    const { unmount } = renderManager({ ...defaultScenario(), msSeat: 95 });
    await saveAs("Standard 2026");
    expect(screen.getByRole("status")).toHaveTextContent("Saved “Standard 2026” with the break-fix terms and one managed plan, “Managed”.");
    expect(storedNames()).toEqual(["Standard 2026"]);
    unmount();

    renderManager();
    expect(screen.getByRole("combobox", { name: "Saved" })).toHaveDisplayValue("Standard 2026");
  });

  it("applies a sheet's terms and leaves the business inputs alone", async () => {
    const first = renderManager({ ...defaultScenario(), msSeat: 95, bfRate: 170 });
    await saveAs("Acme");
    first.unmount();

    const prospect = { ...defaultScenario(), seats: 40, servers: 5, issues: 0.8 };
    const { store } = renderManager(prospect);
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    const scenario = store.getState().scenario;
    expect(scenario.msSeat).toBe(95);
    expect(scenario.bfRate).toBe(170);
    expect(scenario.seats).toBe(40);
    expect(scenario.servers).toBe(5);
    expect(scenario.issues).toBe(0.8);
    expect(screen.getByRole("status")).toHaveTextContent("Applied “Acme”");

    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().scenario).toEqual(prospect);
  });

  it("saves every plan with its name, says which, and applies them all over another prospect's plans", async () => {
    const first = renderManager(threeTiers());
    await saveAs("Tiers 2026");
    expect(screen.getByRole("status")).toHaveTextContent("3 managed plans, “Basic”, “Standard”, and “Premium”");
    first.unmount();

    const prospect = { ...defaultScenario(), seats: 40, msSeat: 99 };
    const { store } = renderManager(prospect);
    const apply = screen.getByRole("button", { name: "Apply" });
    expect(apply).toHaveAccessibleDescription("Holds the break-fix terms and 3 managed plans, “Basic”, “Standard”, and “Premium”.");
    await userEvent.click(apply);
    expect(store.getState().scenario).toEqual({ ...threeTiers(), seats: 40 });
    expect(screen.getByRole("status")).toHaveTextContent("Applied “Tiers 2026”: the break-fix terms and 3 managed plans");
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(store.getState().scenario).toEqual(prospect);
  });

  it("shows a plan name that looks like markup as text", async () => {
    const hostile = "<img src=x onerror=alert(1)>";
    renderManager(setPlanTerm(addPlan(defaultScenario()), 2, "msName", hostile));
    await saveAs("Odd");
    expect(screen.getByRole("status")).toHaveTextContent(`“${hostile}”`);
    expect(document.querySelector("img")).toBeNull();
  });

  it("updates a sheet saved again under the same name instead of adding another", async () => {
    const { store } = renderManager();
    await saveAs("Acme");
    store.getState().setInput("msSeat", 120);
    await saveAs("acme");
    expect(screen.getByRole("status")).toHaveTextContent("Updated “Acme”");
    expect(storedNames()).toEqual(["Acme"]);
  });

  it("renames a sheet, refusing a name already taken", async () => {
    renderManager();
    await saveAs("Acme");
    await saveAs("Beta");
    await userEvent.click(screen.getByRole("button", { name: "Rename" }));
    const field = screen.getByRole("textbox", { name: "New name" });
    await userEvent.clear(field);
    await userEvent.type(field, "Acme");
    await userEvent.click(screen.getByRole("button", { name: "Save name" }));
    expect(screen.getByRole("alert")).toHaveTextContent("There is already a price sheet called “Acme”.");
    await userEvent.clear(field);
    await userEvent.type(field, "Beta 2026");
    await userEvent.click(screen.getByRole("button", { name: "Save name" }));
    expect(storedNames()).toEqual(["Acme", "Beta 2026"]);
  });

  it("deletes a sheet, with an undo", async () => {
    renderManager();
    await saveAs("Acme");
    await userEvent.click(screen.getByRole("button", { name: "Delete" }));
    expect(storedNames()).toEqual([]);
    expect(screen.getByText("No price sheets saved yet.")).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Undo" }));
    expect(storedNames()).toEqual(["Acme"]);
  });

  it("imports a file of two plans and applies both", async () => {
    const { store } = renderManager();
    importFile(JSON.stringify({ format: FILE_FORMAT, version: 2, name: "Gold", values: { plans: 2, "p2.msName": "Gold Care", "p2.msSeat": 150 } }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Imported “Gold”."));
    await userEvent.click(screen.getByRole("button", { name: "Apply" }));
    expect(store.getState().scenario.otherPlans).toEqual([expect.objectContaining({ msName: "Gold Care", msSeat: 150 })]);
  });

  it("imports a valid file and adds it to the list", async () => {
    renderManager();
    importFile(JSON.stringify({ format: FILE_FORMAT, version: 1, name: "From Sam", values: { msSeat: 99 } }));
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("Imported “From Sam”."));
    expect(storedNames()).toEqual(["From Sam"]);
  });

  it.each([
    ["bad JSON", "{nope", "it is not valid JSON"],
    ["a file of another kind", JSON.stringify({ name: "x" }), "it is not a price-sheet file"],
    [
      "a sheet of five plans",
      JSON.stringify({ format: FILE_FORMAT, version: 2, name: "Big", values: { plans: 5, msSeat: 90 } }),
      "plans (Managed plans) is 5, and a price sheet holds at most 4 plans",
    ],
    [
      "a bad plan field",
      JSON.stringify({ format: FILE_FORMAT, version: 2, name: "Gold", values: { plans: 2, "p2.msName": "Gold Care", "p2.msSeat": -3 } }),
      "p2.msSeat (Fee per staff member) must be between 0 and 5,000",
    ],
    [
      "an out-of-range value",
      JSON.stringify({ format: FILE_FORMAT, version: 1, name: "Odd", values: { bfRate: 99999 } }),
      "bfRate (Hourly rate) must be between 0 and 2,000",
    ],
  ])("refuses %s with a clear message and changes nothing", async (_case, text, reason) => {
    const { store } = renderManager();
    await saveAs("Acme");
    const before = localStorage.getItem(STORAGE_KEY);
    const scenario = store.getState().scenario;
    importFile(text, "bad.json");
    await waitFor(() => expect(screen.getByRole("alert")).toHaveTextContent("“bad.json” was not imported:"));
    expect(screen.getByRole("alert")).toHaveTextContent(reason);
    expect(screen.getByRole("alert")).toHaveTextContent("Nothing was changed.");
    expect(localStorage.getItem(STORAGE_KEY)).toBe(before);
    expect(store.getState().scenario).toBe(scenario);
  });

  it("starts with corrupt stored data, says what was not loaded, and still saves", async () => {
    localStorage.setItem(STORAGE_KEY, "]]not json");
    renderManager();
    expect(alerts()).toContain("could not be read");
    await saveAs("Fresh");
    expect(storedNames()).toEqual(["Fresh"]);
  });

  it("keeps a sheet for the visit and says so when storage is full", async () => {
    renderManager();
    vi.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
    });
    await saveAs("Acme");
    expect(screen.getByRole("alert")).toHaveTextContent("storage is full");
    expect(screen.getByRole("combobox", { name: "Saved" })).toHaveDisplayValue("Acme");
  });

  it("works for the visit when storage is switched off, and says so", async () => {
    const descriptor = Object.getOwnPropertyDescriptor(window, "localStorage")!;
    Object.defineProperty(window, "localStorage", {
      configurable: true,
      get() {
        throw new DOMException("Access is denied for this document.", "SecurityError");
      },
    });
    try {
      const { store } = renderManager();
      expect(alerts()).toContain("not letting the calculator store anything");
      store.getState().setInput("msSeat", 77);
      await saveAs("Session only");
      expect(alerts()).toContain("kept until this page is closed");
      store.getState().setInput("msSeat", 110);
      await userEvent.click(screen.getByRole("button", { name: "Apply" }));
      expect(store.getState().scenario.msSeat).toBe(77);
    } finally {
      Object.defineProperty(window, "localStorage", descriptor);
    }
  });

  it("exports the chosen sheet as a JSON file", async () => {
    const created: Blob[] = [];
    URL.createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return "blob:sheet";
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(() => {});
    renderManager({ ...defaultScenario(), msSeat: 95 });
    await saveAs("Acme Standard");
    await userEvent.click(screen.getByRole("button", { name: "Export to file" }));
    expect(click).toHaveBeenCalledOnce();
    const file = JSON.parse(await created[0]!.text()) as { format: string; name: string; values: Record<string, number> };
    expect(file).toMatchObject({ format: FILE_FORMAT, name: "Acme Standard" });
    expect(file.values.msSeat).toBe(95);
    expect(file.values).not.toHaveProperty("seats");
  });
});
