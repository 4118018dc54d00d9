import { describe, expect, it, vi } from "vitest";
import { connectToHost } from "./host-channel.ts";

function framedWindow(ancestor: string | undefined) {
  const parent = { postMessage: vi.fn() };
  const win = { parent, location: { ancestorOrigins: ancestor === undefined ? undefined : [ancestor] } };
  return { win: win as unknown as Window, parent };
}

describe("the line to the host page", () => {
  it("posts typed messages to the named origin only", () => {
    const { win, parent } = framedWindow("https://host.example");
    const { channel, problems } = connectToHost(win, "https://host.example");
    channel!.post("resize", { height: 640 });
    expect(parent.postMessage).toHaveBeenCalledWith({ namespace: "itcost", version: 1, type: "resize", height: 640 }, "https://host.example");
    expect(problems).toEqual([]);
  });

  it("sends nothing without a host origin or outside a frame", () => {
    expect(connectToHost(framedWindow(undefined).win, null).channel).toBeNull();
    const top = { location: {} } as unknown as Window & { parent: Window };
    (top as { parent: unknown }).parent = top;
    expect(connectToHost(top, "https://host.example").channel).toBeNull();
  });

  it("refuses a host origin that is not the parent page's, where the browser tells", () => {
    const { win, parent } = framedWindow("https://real-host.example");
    const { channel, problems } = connectToHost(win, "https://claimed.example");
    expect(channel).toBeNull();
    expect(problems.map((problem) => problem.key)).toEqual(["parentOrigin"]);
    expect(parent.postMessage).not.toHaveBeenCalled();
  });
});
