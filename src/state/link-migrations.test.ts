import { describe, expect, it } from "vitest";
import { MODEL_VERSION } from "../model/index.ts";
import { MIGRATIONS, migrateParams, type MigrationTable } from "./link-migrations.ts";
import { readUrl } from "./url-state.ts";

const query = (params: URLSearchParams) => params.toString();

/**
 * A made-up history of three versions, to exercise the machinery before a real version 2 exists:
 * version 2 renamed `seats` to `staff` (in both scenarios), version 3 stored `loss` as a fraction.
 */
const FAKE_TABLE: MigrationTable = {
  1: (params) => {
    const next = new URLSearchParams();
    for (const [key, value] of params) next.append(key.replace(/^(a\.)?seats$/, "$1staff"), value);
    return next;
  },
  2: (params) => {
    const next = new URLSearchParams(params);
    const loss = next.get("loss");
    if (loss !== null) next.set("loss", String(Number(loss) / 100));
    return next;
  },
};

describe("link versions", () => {
  it("upgrades a version 1 link to version 2 without changing it: version 2 only adds keys", () => {
    expect(MODEL_VERSION).toBe(2);
    expect(Object.keys(MIGRATIONS)).toEqual(["1"]);
    const link = migrateParams(new URLSearchParams("seats=40&msSeat=95&a.seats=20&v=1"));
    expect(link).toEqual({ params: new URLSearchParams("seats=40&msSeat=95&a.seats=20"), from: 1, problems: [] });
  });

  it("reads a link without v as the current version: people type ?seats=40 by hand", () => {
    const link = migrateParams(new URLSearchParams("seats=40"));
    expect(link).toEqual({
      params: new URLSearchParams("seats=40"),
      from: MODEL_VERSION,
      problems: [],
    });
  });

  it("reads a current link as it is, without its v", () => {
    const link = migrateParams(new URLSearchParams("seats=40&v=1&servers=3"));
    expect(query(link.params)).toBe("seats=40&servers=3");
    expect(link.problems).toEqual([]);
  });

  it("reports a link from a newer version once and reads it as the current one", () => {
    const link = migrateParams(new URLSearchParams("v=7&seats=40"));
    expect(query(link.params)).toBe("seats=40");
    expect(link.from).toBe(MODEL_VERSION);
    expect(link.problems).toEqual([
      { key: "v", code: "versionNewer", values: { version: 7, current: 2 } },
    ]);
  });

  it.each([
    "",
    "1.0",
    "1.5",
    "abc",
    "0",
    "-1",
    "1e0",
    " 1",
    "１",
    "<script>alert(1)</script>",
    "99999999999999999999",
  ])(
    "reports v=%j once as no version it knows and reads the link as the current one",
    (version) => {
      const link = migrateParams(new URLSearchParams({ v: version, seats: "40" }));
      expect(query(link.params)).toBe("seats=40");
      expect(link.from).toBe(MODEL_VERSION);
      expect(link.problems).toHaveLength(1);
      expect(link.problems[0]!.key).toBe("v");
    },
  );

  it("reports a repeated v once", () => {
    const link = migrateParams(new URLSearchParams("v=1&v=1&seats=40"));
    expect(query(link.params)).toBe("seats=40");
    expect(link.problems).toEqual([
      { key: "v", code: "versionRepeated", values: { count: 2, current: 2 } },
    ]);
  });
});

describe("upgrading old links, one step per version", () => {
  it("takes a version 1 link through every step to the current version", () => {
    const link = migrateParams(
      new URLSearchParams("seats=40&loss=25&a.seats=20&v=1"),
      FAKE_TABLE,
      3,
    );
    expect(link.from).toBe(1);
    expect(link.problems).toEqual([]);
    expect(query(link.params)).toBe("staff=40&loss=0.25&a.staff=20");
  });

  it("applies only the steps after the link's own version", () => {
    expect(
      query(migrateParams(new URLSearchParams("staff=40&loss=25&v=2"), FAKE_TABLE, 3).params),
    ).toBe("staff=40&loss=0.25");
    expect(
      query(migrateParams(new URLSearchParams("staff=40&loss=0.25&v=3"), FAKE_TABLE, 3).params),
    ).toBe("staff=40&loss=0.25");
  });

  it("never hands a step the v key, and drops any v a step writes", () => {
    const seen: string[] = [];
    const table: MigrationTable = {
      1: (params) => {
        seen.push(query(params));
        return new URLSearchParams([...params, ["v", "2"]]);
      },
    };
    const link = migrateParams(new URLSearchParams("v=1&seats=4"), table, 2);
    expect(seen).toEqual(["seats=4"]);
    expect(query(link.params)).toBe("seats=4");
  });

  it("does not let a step change the parameters it was given", () => {
    const original = new URLSearchParams("seats=40&v=1");
    migrateParams(original, { 1: (params) => (params.set("seats", "1"), params) }, 2);
    expect(query(original)).toBe("seats=40&v=1");
  });

  it("reports a missing step and reads the link as it stands, without throwing", () => {
    const link = migrateParams(
      new URLSearchParams("seats=40&loss=25&v=1"),
      { 2: FAKE_TABLE[2]! },
      3,
    );
    expect(query(link.params)).toBe("seats=40&loss=25");
    expect(link.problems).toEqual([
      { key: "v", code: "versionNotUpgraded", values: { from: 1, to: 2 } },
    ]);
  });

  it("reports a step that throws and keeps the link as it was before that step", () => {
    const table: MigrationTable = {
      1: FAKE_TABLE[1]!,
      2: () => {
        throw new Error("broken step");
      },
    };
    const link = migrateParams(new URLSearchParams("seats=40&v=1"), table, 3);
    expect(query(link.params)).toBe("staff=40");
    expect(link.problems).toEqual([
      { key: "v", code: "versionNotUpgraded", values: { from: 2, to: 3 } },
    ]);
  });

  it("ignores inherited properties: a table is looked up by its own rows only", () => {
    const link = migrateParams(
      new URLSearchParams("v=1&seats=3"),
      Object.create({ 1: () => new URLSearchParams("seats=9") }) as MigrationTable,
      2,
    );
    expect(query(link.params)).toBe("seats=3");
    expect(link.problems).toHaveLength(1);
  });
});

describe("reading the address goes through the link's version", () => {
  it("keeps the scenario of a link from a newer version and names v once", () => {
    const read = readUrl("?seats=40&v=3&a.seats=12");
    expect(read.scenario.seats).toBe(40);
    expect(read.pinned?.seats).toBe(12);
    expect(read.problems).toEqual([
      { key: "v", code: "versionNewer", values: { version: 3, current: 2 } },
    ]);
  });

  it("does not report v on a current link, nor its absence", () => {
    expect(readUrl("?seats=40&v=1").problems).toEqual([]);
    expect(readUrl("?seats=40&v=2&plans=2").problems).toEqual([]);
    expect(readUrl("?seats=40").problems).toEqual([]);
  });
});
