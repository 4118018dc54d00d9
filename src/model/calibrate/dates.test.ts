import * as fc from "fast-check";
import { describe, expect, it } from "vitest";
import { calendarDay, calendarMonth, decideDateOrder, parseDate } from "./dates.ts";

/** Local wall-clock time, as the reader returns it. */
const local = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0) =>
  new Date(year, month - 1, day, hours, minutes, seconds).getTime();

describe("parseDate", () => {
  it.each([
    ["2025-03-14", local(2025, 3, 14)],
    ["2025-03-14 09:05:00", local(2025, 3, 14, 9, 5)],
    ["2025-03-14T09:05:00Z", local(2025, 3, 14, 9, 5)],
    ["2025-03-14T09:05:00.123+01:00", local(2025, 3, 14, 9, 5)],
    ["2025-03-14T23:30:00-05:00", local(2025, 3, 14, 23, 30)],
    ["2025-03-14 09:05:00 +0000", local(2025, 3, 14, 9, 5)],
    ["2025/03/14", local(2025, 3, 14)],
    ["2025.3.4", local(2025, 3, 4)],
    ["20250314", local(2025, 3, 14)],
    ["3 Mar 2025", local(2025, 3, 3)],
    ["03-Mar-2025", local(2025, 3, 3)],
    ["03-Mar-25", local(2025, 3, 3)],
    ["Mar 3, 2025", local(2025, 3, 3)],
    ["March 3, 2025", local(2025, 3, 3)],
    ["March 3rd, 2025", local(2025, 3, 3)],
    ["Sept 30 2025", local(2025, 9, 30)],
    ["Tue, 14 Mar 2025 09:05:00 GMT", local(2025, 3, 14, 9, 5)],
    ["Friday, March 14, 2025", local(2025, 3, 14)],
    ["2025-Mar-14", local(2025, 3, 14)],
    ["Mar 14, 2025 9:05 AM", local(2025, 3, 14, 9, 5)],
    ["Mar 14, 2025 at 9:05 PM", local(2025, 3, 14, 21, 5)],
    ["14/Mar/25 9:05 AM", local(2025, 3, 14, 9, 5)],
    ["14/Mar/25 12:05 AM", local(2025, 3, 14, 0, 5)],
    ["14/Mar/25 12:05 PM", local(2025, 3, 14, 12, 5)],
    ["45730", local(2025, 3, 14)],
    ["25569", local(1970, 1, 1)],
    ["45730.75", local(2025, 3, 14, 18)],
  ])("reads %s", (cell, expected) => {
    expect(parseDate(cell, "dayFirst")).toBe(expected);
  });

  it("reads numeric dates in the order it is given", () => {
    expect(parseDate("03/04/2025", "dayFirst")).toBe(local(2025, 4, 3));
    expect(parseDate("03/04/2025", "monthFirst")).toBe(local(2025, 3, 4));
    expect(parseDate("03/14/2025 09:05", "monthFirst")).toBe(local(2025, 3, 14, 9, 5));
    expect(parseDate("14.03.2025 09:05", "dayFirst")).toBe(local(2025, 3, 14, 9, 5));
    expect(parseDate("14-03-25", "dayFirst")).toBe(local(2025, 3, 14));
    expect(parseDate("3/14/2025 9:05:30 PM", "monthFirst")).toBe(local(2025, 3, 14, 21, 5, 30));
  });

  it("reads two-digit years as 2000–2069 and 1970–1999", () => {
    expect(parseDate("01/02/69", "dayFirst")).toBe(local(2069, 2, 1));
    expect(parseDate("01/02/70", "dayFirst")).toBe(local(1970, 2, 1));
  });

  it.each(["", "  ", "n/a", "=NOW()", "31/02/2025", "2025-13-01", "2025-02-29", "14/03/2025 25:00", "13:00 PM 2025-01-01", "19999", "80001", "12345678", "Mar 2025", "1.5"])(
    "does not read %j as a date",
    (cell) => {
      expect(parseDate(cell, "dayFirst")).toBeNull();
    },
  );

  it("does not read a date against the column's order", () => {
    expect(parseDate("14/03/2025", "monthFirst")).toBeNull();
  });

  it("keeps the calendar day of every day of several years, whatever the machine's time zone", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3650 }), fc.integer({ min: 0, max: 23 }), (offset, hour) => {
        const date = new Date(2020, 0, 1 + offset);
        const iso = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")} ${String(hour).padStart(2, "0")}:30`;
        const read = new Date(parseDate(iso, "dayFirst")!);
        expect([read.getFullYear(), read.getMonth(), read.getDate()]).toEqual([date.getFullYear(), date.getMonth(), date.getDate()]);
      }),
    );
  });
});

describe("decideDateOrder", () => {
  it("is day first when a first part is above 12", () => {
    expect(decideDateOrder(["01/02/2025", "14/02/2025"])).toBe("dayFirst");
  });

  it("is month first when a second part is above 12", () => {
    expect(decideDateOrder(["01/02/2025", "02/14/2025 9:05 AM"])).toBe("monthFirst");
  });

  it("leaves the choice to the user when no value decides", () => {
    expect(decideDateOrder(["01/02/2025", "03.04.2025", "12/12/2025"])).toBeNull();
  });

  it("has nothing to ask when the column has no day-month-year numbers", () => {
    expect(decideDateOrder(["2025-01-02", "3 Mar 2025", "14/Mar/25 9:05 AM"])).toBe("dayFirst");
  });

  it("follows the majority when values disagree", () => {
    expect(decideDateOrder(["02/14/2025", "02/15/2025", "14/02/2025"])).toBe("monthFirst");
  });
});

describe("calendar days and months", () => {
  it("counts calendar days across a daylight-saving change as whole days", () => {
    expect(calendarDay(local(2025, 3, 31, 23, 59)) - calendarDay(local(2025, 3, 29, 0, 1))).toBe(2);
    expect(calendarDay(local(2025, 12, 31)) - calendarDay(local(2025, 1, 1))).toBe(364);
  });

  it("names a month as year and month", () => {
    expect(calendarMonth(local(2025, 3, 14, 23, 59))).toBe("2025-03");
  });
});
