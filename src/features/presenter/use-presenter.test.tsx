import { describe, expect, it } from "vitest";
import { fireEvent, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { usePresenter } from "./use-presenter.ts";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";

function Page() {
  const presenter = usePresenter();
  return (
    <>
      <p>{presenter.present ? "presenting" : "not presenting"}</p>
      <label>
        Notes <input type="text" />
      </label>
    </>
  );
}

describe("presenter mode shortcuts", () => {
  it("P enters and leaves presenter mode; Esc leaves it", async () => {
    const { store } = renderWithStore(<Page />);
    await userEvent.keyboard("p");
    expect(store.getState().display.present).toBe(true);
    expect(screen.getByText("presenting")).toBeInTheDocument();
    await userEvent.keyboard("{Escape}");
    expect(store.getState().display.present).toBe(false);
    await userEvent.keyboard("P");
    await userEvent.keyboard("p");
    expect(store.getState().display.present).toBe(false);
  });

  it("leaves P alone while typing in a field", async () => {
    const { store } = renderWithStore(<Page />);
    const notes = screen.getByRole("textbox", { name: "Notes" });
    await userEvent.type(notes, "pp");
    expect(notes).toHaveValue("pp");
    expect(store.getState().display.present).toBe(false);
  });

  it("ignores P with Ctrl or Cmd held (that is printing)", () => {
    const { store } = renderWithStore(<Page />);
    fireEvent.keyDown(window, { key: "p", ctrlKey: true });
    fireEvent.keyDown(window, { key: "p", metaKey: true });
    expect(store.getState().display.present).toBe(false);
  });
});
