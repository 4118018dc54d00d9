import { describe, expect, it, vi } from "vitest";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { EmbedSettingsForm } from "./settings-form.tsx";
import { DEFAULT_SETTINGS } from "./snippet.ts";

describe("the configurator's language choice", () => {
  it("offers the page's own language, then each language in its own words", () => {
    renderWithStore(<EmbedSettingsForm settings={DEFAULT_SETTINGS} onChange={() => {}} />);
    const choice = screen.getByRole("combobox", { name: "Language" });
    expect(choice).toHaveValue("");
    const options = within(choice).getAllByRole("option");
    expect(options.map((option) => option.textContent)).toEqual(["Your page's own language", "Deutsch", "English", "Español", "Français", "Nederlands"]);
    expect(options.map((option) => option.getAttribute("lang"))).toEqual([null, "de", "en", "es", "fr", "nl"]);
  });

  it("sets the embed's language", async () => {
    const onChange = vi.fn();
    renderWithStore(<EmbedSettingsForm settings={DEFAULT_SETTINGS} onChange={onChange} />);
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "Deutsch");
    expect(onChange).toHaveBeenLastCalledWith({ ...DEFAULT_SETTINGS, lang: "de" });
  });

  it("sets it back to the page's own", async () => {
    const onChange = vi.fn();
    renderWithStore(<EmbedSettingsForm settings={{ ...DEFAULT_SETTINGS, lang: "de" }} onChange={onChange} />);
    expect(screen.getByRole("combobox", { name: "Language" })).toHaveValue("de");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Language" }), "Your page's own language");
    expect(onChange).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
  });
});
