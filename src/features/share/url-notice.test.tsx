import { describe, expect, it } from "vitest";
import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { UrlNotice } from "./url-notice.tsx";
import { renderWithStore } from "../../../tests/support/render-with-store.tsx";
import { readUrl } from "../../state/url-state.ts";

describe("UrlNotice", () => {
  it("names each ignored field of the link with its reason", () => {
    const { problems } = readUrl("?seats=abc&bogus=1&bfRate=99999&servers=4");
    renderWithStore(<UrlNotice />, { urlProblems: problems });
    const notice = screen.getByRole("alert");
    expect(notice).toHaveTextContent("Some settings in this link were ignored");
    expect(notice).toHaveTextContent("seats is not a plain number");
    expect(notice).toHaveTextContent("bogus is not a setting this calculator knows");
    expect(notice).toHaveTextContent("bfRate must be between 0 and 2,000");
    expect(notice).not.toHaveTextContent("servers");
  });

  it("goes away when dismissed and stays away", async () => {
    const { store } = renderWithStore(<UrlNotice />, { urlProblems: [{ key: "seats", code: "empty" }] });
    await userEvent.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
    expect(store.getState().urlProblems).toEqual([]);
  });

  it("shows nothing for a clean link", () => {
    renderWithStore(<UrlNotice />, { urlProblems: readUrl("?seats=30&v=1").problems });
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });
});
