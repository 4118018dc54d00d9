import { act, render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { embedMessage } from "../../embed-loader/messages.ts";
import { EmbedPreview } from "./embed-preview.tsx";

const summary = {
  breakFixTotal: 2,
  managedTotal: 1,
  difference: 1,
  breakEvenMonth: 1,
  months: 36,
  currency: "USD",
  plans: [{ name: "Managed", total: 1, perSeatMonth: 0.1, breakEvenMonth: 1 }],
  focus: 1,
  cheapest: 1,
  cheapestName: "Managed",
};

function postFromPreview(data: unknown) {
  const frame = screen.getByTitle<HTMLIFrameElement>("Preview of the embedded calculator");
  act(() => {
    window.dispatchEvent(new MessageEvent("message", { data, origin: window.location.origin, source: frame.contentWindow }));
  });
}

describe("the configurator's preview", () => {
  it("shows the person building the snippet each setting the embed refused, by attribute, value and reason", () => {
    render(<EmbedPreview address="/embed.html?bfRate=lots" />);
    expect(screen.queryByText("Settings the embed refused")).toBeNull();
    postFromPreview(embedMessage("ready", { height: 640, summary, problems: [{ key: "bfRate", value: "lots", message: "must be a number" }] }));
    const refused = screen.getByRole("status");
    expect(refused).toHaveTextContent("Settings the embed refused");
    expect(refused).toHaveTextContent('data-bf-rate="lots" must be a number.');
    expect(screen.getByText(/ready: 640px tall, 1 setting\(s\) refused/)).toBeInTheDocument();
  });

  it("lists nothing once the embed reports no problems", () => {
    render(<EmbedPreview address="/embed.html" />);
    postFromPreview(embedMessage("ready", { height: 640, summary, problems: [] }));
    expect(screen.queryByText("Settings the embed refused")).toBeNull();
    expect(screen.getByText("ready: 640px tall")).toBeInTheDocument();
  });
});
