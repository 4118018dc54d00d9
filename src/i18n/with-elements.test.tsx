import { describe, expect, it } from "vitest";
import { render } from "@testing-library/react";
import { slot, splitAtSlot, withElements } from "./with-elements.tsx";

describe("withElements", () => {
  it("puts each element where its slot is, in the translation's order", () => {
    const text = `Zuerst ${slot(1)}, dann ${slot(0)}.`;
    const { container } = render(<p>{withElements(text, <a href="#a">A</a>, <b>B</b>)}</p>);
    expect(container.innerHTML).toBe('<p>Zuerst <b>B</b>, dann <a href="#a">A</a>.</p>');
  });

  it("splits a sentence at its one slot", () => {
    expect(splitAtSlot(`Managed saves ${slot(0)} over 3 months.`)).toEqual({ before: "Managed saves ", after: " over 3 months." });
    expect(splitAtSlot(`${slot(0)} and more`)).toEqual({ before: "", after: " and more" });
  });
});
