import { useState } from "react";
import { act, render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { replayEarlyEdits, takeEarlyEdits } from "./early-edits.ts";

function prerendered(): HTMLElement {
  const root = document.createElement("div");
  root.innerHTML = `
    <input id="seats" value="25">
    <input id="untouched" value="7">
    <input id="downtime" type="checkbox" checked>
    <select id="currency"><option value="USD" selected>USD</option><option value="GBP">GBP</option></select>
    <input value="no id">`;
  document.body.replaceChildren(root);
  return root;
}

describe("edits made before the page starts", () => {
  it("are set aside with the fields put back as rendered, and only changed fields with an id count", () => {
    const root = prerendered();
    root.querySelector<HTMLInputElement>("#seats")!.value = "40";
    root.querySelector<HTMLInputElement>("#downtime")!.checked = false;
    root.querySelector<HTMLSelectElement>("#currency")!.value = "GBP";
    root.querySelector<HTMLInputElement>("input:not([id])")!.value = "typed";

    expect(takeEarlyEdits(root)).toEqual([
      { id: "seats", value: "40", checked: false },
      { id: "downtime", value: "on", checked: false },
      { id: "currency", value: "GBP", checked: false },
    ]);
    expect(root.querySelector<HTMLInputElement>("#seats")!.value).toBe("25");
    expect(root.querySelector<HTMLInputElement>("#downtime")!.checked).toBe(true);
    expect(root.querySelector<HTMLSelectElement>("#currency")!.value).toBe("USD");
    expect(takeEarlyEdits(root)).toEqual([]);
  });

  it("reach the started page's change handlers, as if typed there", () => {
    const seen: string[] = [];
    function Fields() {
      const [seats, setSeats] = useState("25");
      const [downtime, setDowntime] = useState(true);
      const [currency, setCurrency] = useState("USD");
      return (
        <>
          <input id="seats" value={seats} onChange={(event) => (seen.push(`seats=${event.target.value}`), setSeats(event.target.value))} />
          <input id="downtime" type="checkbox" checked={downtime} onChange={(event) => (seen.push(`downtime=${event.target.checked}`), setDowntime(event.target.checked))} />
          <select id="currency" value={currency} onChange={(event) => (seen.push(`currency=${event.target.value}`), setCurrency(event.target.value))}>
            <option value="USD">USD</option>
            <option value="GBP">GBP</option>
          </select>
        </>
      );
    }
    document.body.replaceChildren();
    const { container } = render(<Fields />);

    act(() =>
      replayEarlyEdits([
        { id: "seats", value: "40", checked: false },
        { id: "downtime", value: "on", checked: false },
        { id: "currency", value: "GBP", checked: false },
        { id: "gone", value: "1", checked: false },
      ]),
    );
    expect(seen).toEqual(["seats=40", "downtime=false", "currency=GBP"]);
    expect(container.querySelector<HTMLInputElement>("#seats")!.value).toBe("40");
  });
});
