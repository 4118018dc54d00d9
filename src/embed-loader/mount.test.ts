import { afterEach, describe, expect, it, vi } from "vitest";
import { scenarioKeys } from "./scenario-keys.ts";
import { embedMessage, type EmbedMessage } from "./messages.ts";
import { FRAME_SANDBOX, mountEmbeds } from "./mount.ts";

const KEYS = scenarioKeys();
const CALCULATOR = "https://calc.example";

function addScript(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement("script");
  script.src = `${CALCULATOR}/embed.js`;
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value);
  document.body.append(script);
  return script;
}

function postFrom(source: Window | null, origin: string, data: unknown) {
  window.dispatchEvent(new MessageEvent("message", { data, origin, source }));
}

afterEach(() => {
  document.body.innerHTML = "";
  document.documentElement.lang = "";
});

describe("mounting the embed", () => {
  it("puts a titled, lazy, sandboxed iframe after the script with the prefill and the host's origin", () => {
    const warn = vi.fn();
    const script = addScript({ "data-seats": "25", "data-theme": "dark", "data-accent": "#0a7d5a" });
    const [frame] = mountEmbeds(script, KEYS, warn);
    expect(frame).toBeDefined();
    expect(script.nextElementSibling).toBe(frame);
    expect(frame!.title).toBe("IT support cost calculator");
    expect(frame!.getAttribute("loading")).toBe("lazy");
    expect(frame!.getAttribute("sandbox")).toBe(FRAME_SANDBOX);
    const src = new URL(frame!.src);
    expect(src.origin + src.pathname).toBe(`${CALCULATOR}/embed.html`);
    expect(Object.fromEntries(src.searchParams)).toEqual({
      seats: "25",
      theme: "dark",
      accent: "#0a7d5a",
      parentOrigin: window.location.origin,
    });
    expect(frame!.style.colorScheme).toBe("dark");
    expect(warn).not.toHaveBeenCalled();
  });

  it("fills each placeholder instead, its own settings over the script's, and leaves refused ones out", () => {
    const warn = vi.fn();
    document.body.innerHTML = '<div id="a" data-itcost data-seats="10"></div><div id="b" data-itcost data-cta-url="javascript:alert(1)"></div>';
    const script = addScript({ "data-seats": "40" });
    const frames = mountEmbeds(script, KEYS, warn);
    expect(frames).toHaveLength(2);
    expect(document.querySelector("#a iframe")).toBe(frames[0]);
    expect(new URL(frames[0]!.src).searchParams.get("seats")).toBe("10");
    expect(new URL(frames[1]!.src).searchParams.get("seats")).toBe("40");
    expect(new URL(frames[1]!.src).searchParams.has("ctaUrl")).toBe(false);
    expect(script.nextElementSibling).toBeNull();
  });
});

describe("the embed's language", () => {
  const pathOf = (frame: HTMLIFrameElement | undefined) => new URL(frame!.src).pathname;

  it("frames the page of the language data-lang names, with its name for the iframe", () => {
    const [frame] = mountEmbeds(addScript({ "data-lang": "DE-at", "data-seats": "25" }), KEYS, () => {});
    expect(pathOf(frame)).toBe("/de/embed.html");
    expect(new URL(frame!.src).searchParams.get("seats")).toBe("25");
    expect(new URL(frame!.src).searchParams.has("lang")).toBe(false);
    expect(frame!.title).toBe("IT-Support-Kostenrechner");
  });

  it("otherwise follows the host page's <html lang>, or English, which keeps /embed.html", () => {
    document.documentElement.lang = "es-ES";
    const [spanish] = mountEmbeds(addScript({}), KEYS, () => {});
    expect(pathOf(spanish)).toBe("/es/embed.html");
    expect(spanish!.title).toBe("Calculadora de costes de soporte informático");
    document.body.innerHTML = "";
    document.documentElement.lang = "it";
    const [english] = mountEmbeds(addScript({}), KEYS, () => {});
    expect(pathOf(english)).toBe("/embed.html");
    expect(english!.title).toBe("IT support cost calculator");
  });

  it("gives each placeholder its own language, and data-title its own name", () => {
    document.documentElement.lang = "nl";
    document.body.innerHTML = '<div data-itcost data-lang="fr"></div><div data-itcost data-title="Rekenhulp"></div>';
    const frames = mountEmbeds(addScript({}), KEYS, () => {});
    expect(frames.map(pathOf)).toEqual(["/fr/embed.html", "/nl/embed.html"]);
    expect(frames.map((frame) => frame.title)).toEqual(["Calculateur des coûts du support informatique", "Rekenhulp"]);
  });
});

describe("settings the host page got wrong", () => {
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

  it("are written to the host page's console once the frame is ready, one warning each, naming the attribute, the value and the reason", () => {
    const warn = vi.fn();
    const [frame] = mountEmbeds(addScript({ "data-cta-url": "javascript:alert(1)", "data-bf-rate": "lots" }), KEYS, warn);
    expect(warn).not.toHaveBeenCalled();
    const readyEvents: EmbedMessage[] = [];
    window.addEventListener("itcost:ready", (event) => readyEvents.push((event as CustomEvent<EmbedMessage>).detail), { once: true });

    // The frame reports what it refused by its URL key; the loader names the attribute.
    const fromFrame = { key: "bfRate", value: "lots", message: "must be a number" };
    postFrom(frame!.contentWindow, CALCULATOR, embedMessage("ready", { height: 600, summary, problems: [fromFrame] }));

    expect(warn.mock.calls).toEqual([
      ['IT support cost calculator: data-cta-url="javascript:alert(1)" must be a full https:// address, so it was ignored.'],
      ['IT support cost calculator: data-bf-rate="lots" must be a number, so it was ignored.'],
    ]);
    expect(readyEvents).toHaveLength(1);
    expect(readyEvents[0]).toMatchObject({
      type: "ready",
      problems: [
        { key: "data-cta-url", value: "javascript:alert(1)", message: "must be a full https:// address" },
        { key: "data-bf-rate", value: "lots", message: "must be a number" },
      ],
    });
  });

  it("name a plan's refused term by the attribute the page's author wrote", () => {
    const warn = vi.fn();
    const [frame] = mountEmbeds(addScript({ "data-plans": "2", "data-p2-ms-seat": "-5" }), KEYS, warn);
    expect(Object.fromEntries(new URL(frame!.src).searchParams)).toMatchObject({ plans: "2", "p2.msSeat": "-5" });
    const fromFrame = { key: "p2.msSeat", value: "-5", message: "must be between 0 and 5,000" };
    postFrom(frame!.contentWindow, CALCULATOR, embedMessage("ready", { height: 600, summary, problems: [fromFrame] }));
    expect(warn.mock.calls).toEqual([['IT support cost calculator: data-p2-ms-seat="-5" must be between 0 and 5,000, so it was ignored.']]);
  });

  it("include a language the calculator does not have, and the embed follows the host page's", () => {
    const warn = vi.fn();
    document.documentElement.lang = "fr";
    const [frame] = mountEmbeds(addScript({ "data-lang": "klingon" }), KEYS, warn);
    expect(new URL(frame!.src).pathname).toBe("/fr/embed.html");
    const readyEvents: EmbedMessage[] = [];
    window.addEventListener("itcost:ready", (event) => readyEvents.push((event as CustomEvent<EmbedMessage>).detail), { once: true });
    postFrom(frame!.contentWindow, CALCULATOR, embedMessage("ready", { height: 600, summary, problems: [] }));
    expect(warn.mock.calls).toEqual([['IT support cost calculator: data-lang="klingon" must be de, en, es, fr or nl, so it was ignored.']]);
    expect(readyEvents[0]).toMatchObject({ problems: [{ key: "data-lang", value: "klingon", message: "must be de, en, es, fr or nl" }] });
  });

  it("that the frame refuses are named by their attribute, with the value and the reason", () => {
    const warn = vi.fn();
    const [frame] = mountEmbeds(addScript({ "data-accent": "teal" }), KEYS, warn);
    expect(new URL(frame!.src).searchParams.get("accent")).toBe("teal");
    const fromFrame = { key: "accent", value: "teal", message: "must be a hex colour like #0a7d5a" };
    postFrom(frame!.contentWindow, CALCULATOR, embedMessage("ready", { height: 600, summary, problems: [fromFrame] }));
    expect(warn.mock.calls).toEqual([['IT support cost calculator: data-accent="teal" must be a hex colour like #0a7d5a, so it was ignored.']]);
  });

  it("give no warning when there are none", () => {
    const warn = vi.fn();
    const [frame] = mountEmbeds(addScript({ "data-seats": "12" }), KEYS, warn);
    postFrom(frame!.contentWindow, CALCULATOR, embedMessage("ready", { height: 600, summary, problems: [] }));
    expect(frame!.style.height).toBe("600px");
    expect(warn).not.toHaveBeenCalled();
  });
});

describe("messages from the frame", () => {
  function mounted() {
    const [frame] = mountEmbeds(addScript({}), KEYS, () => {});
    const events: EmbedMessage[] = [];
    window.addEventListener("itcost:resize", (event) => events.push((event as CustomEvent<EmbedMessage>).detail));
    return { frame: frame!, events };
  }

  it("resizes the iframe and re-dispatches a message from its own window and origin", () => {
    const { frame, events } = mounted();
    postFrom(frame.contentWindow, CALCULATOR, embedMessage("resize", { height: 812.4 }));
    expect(frame.style.height).toBe("813px");
    expect(events).toEqual([{ namespace: "itcost", version: 1, type: "resize", height: 812.4 }]);
  });

  it("ignores the same message from another window, even of the same origin", () => {
    const { frame, events } = mounted();
    const before = frame.style.height;
    postFrom(window, CALCULATOR, embedMessage("resize", { height: 99 }));
    const other = document.createElement("iframe");
    document.body.append(other);
    postFrom(other.contentWindow, CALCULATOR, embedMessage("resize", { height: 99 }));
    expect(frame.style.height).toBe(before);
    expect(events).toEqual([]);
  });

  it("ignores its own window when the origin is not the calculator's", () => {
    const { frame, events } = mounted();
    postFrom(frame.contentWindow, "https://evil.example", embedMessage("resize", { height: 99 }));
    expect(events).toEqual([]);
  });

  it.each([
    ["another namespace", { namespace: "other", version: 1, type: "resize", height: 99 }],
    ["another version", { namespace: "itcost", version: 2, type: "resize", height: 99 }],
    ["an unknown type", { namespace: "itcost", version: 1, type: "navigate", height: 99 }],
    ["a height that is not a number", { namespace: "itcost", version: 1, type: "resize", height: "99px" }],
    ["an absurd height", { namespace: "itcost", version: 1, type: "resize", height: 1e9 }],
    ["text", "itcost:resize:99"],
  ])("ignores %s", (_name, data) => {
    const { frame, events } = mounted();
    const before = frame.style.height;
    postFrom(frame.contentWindow, CALCULATOR, data);
    expect(frame.style.height).toBe(before);
    expect(events).toEqual([]);
  });
});
