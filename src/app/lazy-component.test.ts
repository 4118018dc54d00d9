import { describe, expect, it, vi } from "vitest";

const restMessages = vi.hoisted(() => ({ loads: 0 }));
vi.mock("../i18n/messages.ts", () => ({
  loadRestMessages: () => {
    restMessages.loads += 1;
    return Promise.resolve();
  },
}));

const { evaluatedExport } = await import("./lazy-component.ts");

describe("evaluatedExport", () => {
  it("reads an export that is there at once, without waiting for the messages", async () => {
    const loadsBefore = restMessages.loads;
    await expect(evaluatedExport(() => Promise.resolve({ Panel: "panel" }), (module) => module.Panel)).resolves.toBe("panel");
    expect(restMessages.loads).toBe(loadsBefore);
  });

  it("waits for an export its module has not set yet", async () => {
    const namespace: { Panel?: string } = {};
    setTimeout(() => (namespace.Panel = "panel"), 25);
    await expect(evaluatedExport(() => Promise.resolve(namespace), (module) => module.Panel)).resolves.toBe("panel");
  });

  it("waits for a const export that throws until its module has set it", async () => {
    let ready = false;
    const namespace = {
      get Panel(): string {
        if (!ready) throw new ReferenceError("Cannot access 'Panel' before initialization");
        return "panel";
      },
    };
    setTimeout(() => (ready = true), 25);
    await expect(evaluatedExport(() => Promise.resolve(namespace), (module) => module.Panel)).resolves.toBe("panel");
  });

  it("fails on an export that never comes, and on any other error at once", async () => {
    await expect(
      evaluatedExport(() => Promise.resolve({} as { Panel?: string }), (module) => module.Panel),
    ).rejects.toThrow("without the export");
    await expect(
      evaluatedExport(
        () => Promise.resolve({}),
        () => {
          throw new TypeError("broken");
        },
      ),
    ).rejects.toThrow("broken");
    await expect(evaluatedExport(() => Promise.reject(new Error("offline")), () => "x")).rejects.toThrow("offline");
  });
});
