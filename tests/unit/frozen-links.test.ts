/**
 * Frozen links. Each link below was made by version 1 of this calculator, and its figures were
 * worked out once, by the model of that version, and written here as literal numbers.
 *
 * THESE NUMBERS ARE FROZEN. They must keep passing in every future version: a link that someone
 * saved, printed or sent to a client has to reopen with the same figures. If a change makes one
 * of them fail, the change would make that link show different figures: keep the old meaning of
 * the link (a migration in src/state/link-migrations.ts, or a new link version), never edit the
 * numbers here to match.
 *
 * Money is checked to the cent; the break-even issue rate to five decimal places.
 */
import { describe, expect, it } from "vitest";
import { computeCosts, type Scenario } from "../../src/model/index.ts";
import { readUrl } from "../../src/state/url-state.ts";

type Headline = {
  /** Break-fix total over the horizon. */
  breakFix: number;
  /** Managed total over the horizon. */
  managed: number;
  /** Break-fix total − managed total. */
  difference: number;
  breakEvenMonth: number | null;
  breakEvenIssues: number | null;
};

type FrozenLink = { name: string; link: string; figures: Headline; pinned?: Headline };

const EVERY_INPUT_CHANGED = [
  "seats=18&endpoints=26&servers=3&staffCost=52.5&growth=8&months=48&loss=30&downtime=0&paths=500&seed=7",
  "issues=0.65&srvIssues=4.5&outages=1.5&srvImpact=40",
  "bfRate=135&bfMin=0.5&bfStep=0.5&bfAfter=20&bfAfterX=1.75&bfOnsite=25&bfCallOut=75&bfHours=1.25&bfSrvHours=5",
  "bfOutageHours=16&bfWait=12&bfDown=20&bfRecur=30&bfReported=70&bfLiveWith=2.5",
  "msSeat=99&msEndpoint=5&msServer=175&msMin=750&msOnboard=1500&msFewer=45&msFewerOutages=55&msHours=0.6",
  "msSrvHours=2.5&msWait=2&msDown=3&msRecur=8&v=1",
].join("&");

const FROZEN_LINKS: readonly FrozenLink[] = [
  {
    name: "the default scenario (a link with no query)",
    link: "/",
    figures: {
      breakFix: 228888,
      managed: 122493.421053,
      difference: 106394.578947,
      breakEvenMonth: 1,
      breakEvenIssues: 0.154506,
    },
  },
  {
    name: "a three-person office where break-fix wins",
    link: "/?seats=3&endpoints=3&servers=0&issues=0.3&outages=0.2&v=1",
    figures: {
      breakFix: 15161.04,
      managed: 20532.468421,
      difference: -5371.428421,
      breakEvenMonth: null,
      breakEvenIssues: 0.445355,
    },
  },
  {
    name: "the 5-person office preset",
    link: "/?seats=5&endpoints=7&servers=0&staffCost=40&v=1",
    figures: {
      breakFix: 41259,
      managed: 23274.736842,
      difference: 17984.263158,
      breakEvenMonth: 4,
      breakEvenIssues: 0.195432,
    },
  },
  {
    name: "5,000 seats",
    link: "/?seats=5000&endpoints=6000&servers=40&v=1",
    figures: {
      breakFix: 118642500,
      managed: 31269184.210526,
      difference: 87373315.789474,
      breakEvenMonth: 1,
      breakEvenIssues: null,
    },
  },
  {
    name: "growth of 20% a year over five years",
    link: "/?growth=20&months=60&v=1",
    figures: {
      breakFix: 595194,
      managed: 316172.236842,
      difference: 279021.763158,
      breakEvenMonth: 1,
      breakEvenIssues: 0.164421,
    },
  },
  {
    name: "shrinking by 30% a year",
    link: "/?growth=-30&v=1",
    figures: {
      breakFix: 151445.4,
      managed: 81419.328947,
      difference: 70026.071053,
      breakEvenMonth: 1,
      breakEvenIssues: 0.136491,
    },
  },
  {
    name: "downtime left out of the totals",
    link: "/?downtime=0&v=1",
    figures: {
      breakFix: 118863,
      managed: 111800,
      difference: 7063,
      breakEvenMonth: 8,
      breakEvenIssues: 0.463516,
    },
  },
  {
    name: "prices in euros",
    link: "/?currency=EUR&v=1",
    figures: {
      breakFix: 228888,
      managed: 122493.421053,
      difference: 106394.578947,
      breakEvenMonth: 1,
      breakEvenIssues: 0.154506,
    },
  },
  {
    name: "a branded link in presenter mode",
    link: "/?seats=12&brand=Harbour+IT&present=1&v=1",
    figures: {
      breakFix: 121341.6,
      managed: 65452.842105,
      difference: 55888.757895,
      breakEvenMonth: 2,
      breakEvenIssues: 0.121902,
    },
  },
  {
    name: "a provider's price sheet applied",
    link: "/?msSeat=95&msServer=120&msOnboard=0&bfRate=170&bfCallOut=120&v=1",
    figures: {
      breakFix: 246837,
      managed: 104833.421053,
      difference: 142003.578947,
      breakEvenMonth: 1,
      breakEvenIssues: 0.079435,
    },
  },
  {
    name: "a two-month horizon that never breaks even",
    link: "/?months=2&msOnboard=20000&v=1",
    figures: {
      breakFix: 12716,
      managed: 26694.078947,
      difference: -13978.078947,
      breakEvenMonth: null,
      breakEvenIssues: 1.317035,
    },
  },
  {
    name: "ten years, 40 people",
    link: "/?months=120&seats=40&v=1",
    figures: {
      breakFix: 1176600,
      managed: 623031.578947,
      difference: 553568.421053,
      breakEvenMonth: 1,
      breakEvenIssues: 0.162951,
    },
  },
  {
    name: "no issues at all",
    link: "/?issues=0&srvIssues=0&outages=0&v=1",
    figures: {
      breakFix: 0,
      managed: 111800,
      difference: -111800,
      breakEvenMonth: null,
      breakEvenIssues: 0.363047,
    },
  },
  {
    name: "every input changed",
    link: `/?${EVERY_INPUT_CHANGED}`,
    figures: {
      breakFix: 241547.271429,
      managed: 133782,
      difference: 107765.271429,
      breakEvenMonth: 1,
      breakEvenIssues: 0.225122,
    },
  },
  {
    name: "the largest business over ten years",
    link: "/?seats=5000&endpoints=20000&servers=1000&months=120&v=1",
    figures: {
      breakFix: 6901279800,
      managed: 888874368.421055,
      difference: 6012405431.578945,
      breakEvenMonth: 1,
      breakEvenIssues: null,
    },
  },
  {
    name: "scenario B beside a pinned scenario A",
    link: "/?seats=35&msSeat=95&a.seats=20&v=1",
    figures: {
      breakFix: 311616,
      managed: 147470.789474,
      difference: 164145.210526,
      breakEvenMonth: 1,
      breakEvenIssues: 0.119267,
    },
    pinned: {
      breakFix: 187524,
      managed: 100554.736842,
      difference: 86969.263158,
      breakEvenMonth: 1,
      breakEvenIssues: 0.146982,
    },
  },
];

function expectHeadline(scenario: Scenario, expected: Headline): void {
  const costs = computeCosts(scenario);
  expect(costs.breakFix.total).toBeCloseTo(expected.breakFix, 2);
  expect(costs.managed.total).toBeCloseTo(expected.managed, 2);
  expect(costs.difference).toBeCloseTo(expected.difference, 2);
  expect(costs.breakEvenMonth).toBe(expected.breakEvenMonth);
  if (expected.breakEvenIssues === null) expect(costs.breakEvenIssues).toBeNull();
  else expect(costs.breakEvenIssues).toBeCloseTo(expected.breakEvenIssues, 5);
}

describe("links made by version 1 reopen with the same figures", () => {
  it.each(FROZEN_LINKS)("$name: $link", ({ link, figures, pinned }) => {
    const read = readUrl(new URL(link, "https://calculator.example").search);
    expect(read.problems).toEqual([]);
    expectHeadline(read.scenario, figures);
    if (pinned) {
      expect(read.pinned).not.toBeNull();
      expectHeadline(read.pinned!, pinned);
    } else {
      expect(read.pinned).toBeNull();
    }
  });

  it("covers every kind of link this version writes", () => {
    const links = FROZEN_LINKS.map((frozen) => frozen.link).join("&");
    for (const key of [
      "currency=",
      "brand=",
      "present=1",
      "a.seats=",
      "downtime=0",
      "growth=-",
      "v=1",
    ])
      expect(links).toContain(key);
    expect(FROZEN_LINKS.length).toBeGreaterThanOrEqual(12);
  });
});
