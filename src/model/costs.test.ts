/**
 * Expected figures worked by hand from MODEL.md's formulas. The working is in the comments; no
 * expected value below is computed by calling the model.
 */
import { describe, expect, it } from "vitest";
import { computeCosts } from "./costs.ts";
import { defaultScenario, type Scenario } from "./inputs.ts";

const CENT = 2; // toBeCloseTo(x, 2): within half a cent

function scenario(overrides: Partial<Scenario>): Scenario {
  return { ...defaultScenario(), ...overrides };
}

/**
 * Scenario A: a small office on a short horizon with downtime switched off. Exercises the billing
 * minimum, the billing increment, the after-hours blend, call-out fees, recurrence, the managed
 * minimum fee and the onboarding fee.
 */
const A = scenario({
  seats: 10,
  endpoints: 12,
  servers: 1,
  staffCost: 40,
  growth: 0,
  months: 3,
  loss: 50,
  downtime: false,
  issues: 0.4,
  srvIssues: 6,
  outages: 1.2,
  srvImpact: 50,
  bfRate: 100,
  bfMin: 1,
  bfStep: 0.25,
  bfAfter: 20,
  bfAfterX: 2,
  bfOnsite: 50,
  bfCallOut: 60,
  bfHours: 0.5,
  bfSrvHours: 1.1,
  bfOutageHours: 10,
  bfWait: 4,
  bfDown: 8,
  bfRecur: 20,
  bfReported: 50,
  bfLiveWith: 2,
  msSeat: 30,
  msEndpoint: 5,
  msServer: 100,
  msMin: 1000,
  msOnboard: 1500,
  msFewer: 50,
  msFewerOutages: 75,
  msHours: 0.5,
  msSrvHours: 1,
  msWait: 1,
  msDown: 2,
  msRecur: 10,
});
// Working for A (every month alike: no growth, seats(m) = 10, endpoints(m) = 12):
//   after-hours blend    a = 1 + 0.20 × (2 − 1) = 1.2
//   billed(0.5)  = max(1, ceil(0.5 / 0.25) × 0.25 = 0.5)        = 1      (the minimum)
//   billed(1.1)  = max(1, ceil(4.4) × 0.25 = 5 × 0.25)          = 1.25   (rounded up to the increment)
//   billed(10)   = max(1, 40 × 0.25)                             = 10
//   user call    = 100 × 1.2 × 1    + 0.5 × 60 = 120  + 30 = 150
//   server call  = 100 × 1.2 × 1.25 + 0.5 × 60 = 150  + 30 = 180
//   outage       = 100 × 1.2 × 10   + 60       = 1200 + 60 = 1260   (always on site)
//   U_bf = 0.4 × 10 × 0.5 / (1 − 0.2) = 2 / 0.8   = 2.5
//   L_bf = 0.4 × 10 × (1 − 0.5)                     = 2
//   S_bf = 6 × 1 / 12 / 0.8         = 0.5 / 0.8     = 0.625
//   O_bf = 1.2 / 12                                 = 0.1
//   invoice_bf = 2.5 × 150 + 0.625 × 180 + 0.1 × 1260 = 375 + 112.5 + 126 = 613.5
//     labour   = 2.5 × 100 × 1 + 0.625 × 100 × 1.25 + 0.1 × 100 × 10 = 250 + 78.125 + 100 = 428.125
//     call-out = 2.5 × 30 + 0.625 × 30 + 0.1 × 60 = 75 + 18.75 + 6 = 99.75
//     premium  = 613.5 − 428.125 − 99.75 = 85.625 (= 0.2 × (2 − 1) × 428.125)
//   downtime per user call   (4 + 0.5) × 0.5             = 2.25 h
//   downtime per server call (4 + 1.1) × 0.5 × 0.5 × 10  = 12.75 h
//   downtime per outage      8 × 10                      = 80 h
//   hours_bf = 2.5 × 2.25 + 0.625 × 12.75 + 0.1 × 80 + 2 × 2 = 5.625 + 7.96875 + 8 + 4 = 25.59375 h
//   downtimeCost_bf = 25.59375 × 40 = 1023.75
//   U_ms = 0.4 × 10 × 0.5 / 0.9 = 2 / 0.9 = 2.2222…
//   S_ms = 6 × 1 × 0.5 / 12 / 0.9 = 0.25 / 0.9 = 0.2777…
//   O_ms = 1.2 × (1 − 0.75) / 12 = 0.025
//   fee  = max(1000, 30 × 10 + 5 × 12 + 100 × 1 = 460) = 1000    (the minimum applies)
//   invoice_ms = 1000 + 1500 = 2500 in month 1, 1000 in months 2 and 3
//   downtime per user call (1 + 0.5) × 0.5 = 0.75 h; per server call (1 + 1) × 0.5 × 0.5 × 10 = 5 h;
//   per outage 2 × 10 = 20 h
//   hours_ms = (2/0.9) × 0.75 + (0.25/0.9) × 5 + 0.025 × 20 = 2.75/0.9 + 0.5 = 3.5555… h
//   downtimeCost_ms = 3.5555… × 40 = 142.2222…
//   Downtime is off, so totals are the invoices: break-fix 613.5 a month, managed 2500, 1000, 1000.

describe("scenario A: billing rules, minimum fee, downtime off", () => {
  const result = computeCosts(A);

  it("bills a call shorter than the minimum at the minimum", () => {
    // The user-call labour is 2.5 calls × 100 × 1 h: had 0.5 h been billed it would be 125.
    const month = result.months[0]!.breakFix;
    const serverAndOutageLabour = 78.125 + 100;
    expect(month.labour - serverAndOutageLabour).toBeCloseTo(250, 6);
  });

  it("rounds 1.1 hours up to 1.25 at a quarter-hour increment and blends the after-hours rate", () => {
    const month = result.months[0]!.breakFix;
    expect(month.invoice).toBeCloseTo(613.5, 6);
    expect(month.labour).toBeCloseTo(428.125, 6);
    expect(month.afterHoursPremium).toBeCloseTo(85.625, 6);
    expect(month.callOutFees).toBeCloseTo(99.75, 6);
  });

  it("divides the calls by one minus the recurrence", () => {
    const first = result.months[0]!;
    expect(first.breakFix.userCalls).toBeCloseTo(2.5, 9);
    expect(first.breakFix.serverCalls).toBeCloseTo(0.625, 9);
    expect(first.breakFix.outages).toBeCloseTo(0.1, 9);
    expect(first.breakFix.livedWith).toBeCloseTo(2, 9);
    expect(first.managed.userCalls).toBeCloseTo(2 / 0.9, 9);
    expect(first.managed.serverCalls).toBeCloseTo(0.25 / 0.9, 9);
    expect(first.managed.outages).toBeCloseTo(0.025, 9);
  });

  it("charges the managed minimum fee when seats, endpoints and servers come to less", () => {
    for (const month of result.months) expect(month.managed.fee).toBeCloseTo(1000, 6);
  });

  it("bills onboarding in month 1 only", () => {
    expect(result.months.map((month) => month.managed.onboarding)).toEqual([1500, 0, 0]);
    expect(result.months.map((month) => month.managed.invoice)).toEqual([2500, 1000, 1000]);
  });

  it("with downtime off, totals are the invoices while downtime is still reported", () => {
    for (const month of result.months) {
      expect(month.breakFix.total).toBeCloseTo(613.5, 6);
      expect(month.breakFix.downtimeHours).toBeCloseTo(25.59375, 6);
      expect(month.breakFix.downtimeCost).toBeCloseTo(1023.75, 6);
      expect(month.managed.total).toBe(month.managed.invoice);
      expect(month.managed.downtimeHours).toBeCloseTo(3.5555555556, 6);
      expect(month.managed.downtimeCost).toBeCloseTo(142.2222222222, 6);
    }
  });

  it("runs the cumulative totals and summarises the horizon", () => {
    // Break-fix 613.5 → 1227 → 1840.5; managed 2500 → 3500 → 4500.
    expect(result.months.map((month) => month.breakFix.cumulative)).toEqual([613.5, 1227, 1840.5]);
    expect(result.months.map((month) => month.managed.cumulative)).toEqual([2500, 3500, 4500]);
    expect(result.breakFix.total).toBeCloseTo(1840.5, CENT);
    expect(result.breakFix.averageMonth).toBeCloseTo(613.5, CENT);
    // 1840.5 over 3 months × 10 seats = 30 seat-months.
    expect(result.breakFix.perSeatMonth).toBeCloseTo(61.35, CENT);
    expect(result.breakFix.downtimeHours).toBeCloseTo(3 * 25.59375, 6);
    expect(result.managed.total).toBeCloseTo(4500, CENT);
    expect(result.managed.averageMonth).toBeCloseTo(1500, CENT);
    expect(result.managed.perSeatMonth).toBeCloseTo(150, CENT);
    // Difference 1840.5 − 4500 = −2659.5, or −2659.5 / 1840.5 × 100 = −144.4988 %.
    expect(result.difference).toBeCloseTo(-2659.5, CENT);
    expect(result.differencePercent).toBeCloseTo(-144.4988, 3);
  });

  it("has no break-even month when managed is dearer in every month", () => {
    expect(result.breakEvenMonth).toBeNull();
  });

  it("finds the issue rate at which the two horizon totals are equal", () => {
    // Only break-fix's user calls depend on `issues` (downtime is off): per month
    // U_bf × 150 = issues × 10 × 0.5 / 0.8 × 150 = 937.5 × issues, plus 112.5 + 126 = 238.5.
    // Horizon: 2812.5 × issues + 715.5 = 4500  ⇒  issues = 3784.5 / 2812.5 = 1.3456.
    expect(result.breakEvenIssues).toBeCloseTo(1.3456, 9);
    const atBreakEven = computeCosts({ ...A, issues: 1.3456 });
    expect(atBreakEven.breakFix.total).toBeCloseTo(4500, CENT);
    expect(atBreakEven.managed.total).toBeCloseTo(4500, CENT);
    expect(atBreakEven.difference).toBeCloseTo(0, CENT);
  });

  it("adds the downtime cost to each total when downtime is on", () => {
    const withDowntime = computeCosts({ ...A, downtime: true });
    // 613.5 + 1023.75 = 1637.25; 2500 + 142.2222 = 2642.2222, then 1142.2222 twice.
    expect(withDowntime.months[0]!.breakFix.total).toBeCloseTo(1637.25, CENT);
    expect(withDowntime.months[0]!.managed.total).toBeCloseTo(2642.22, CENT);
    expect(withDowntime.months[2]!.managed.total).toBeCloseTo(1142.22, CENT);
    expect(withDowntime.breakFix.total).toBeCloseTo(4911.75, CENT);
    expect(withDowntime.managed.total).toBeCloseTo(4926.67, CENT);
  });
});

/**
 * Scenario B: 50 % yearly growth over 13 months with downtime on, exact-time billing (bfStep 0),
 * no after-hours work, no site visits but an outage call-out, half of all fixes recurring.
 */
const B = scenario({
  seats: 10,
  endpoints: 20,
  servers: 2,
  staffCost: 50,
  growth: 50,
  months: 13,
  loss: 40,
  downtime: true,
  issues: 1,
  srvIssues: 12,
  outages: 6,
  srvImpact: 20,
  bfRate: 120,
  bfMin: 0.5,
  bfStep: 0,
  bfAfter: 0,
  bfAfterX: 1.5,
  bfOnsite: 0,
  bfCallOut: 100,
  bfHours: 0.3,
  bfSrvHours: 2,
  bfOutageHours: 5,
  bfWait: 2,
  bfDown: 3,
  bfRecur: 50,
  bfReported: 80,
  bfLiveWith: 1,
  msSeat: 100,
  msEndpoint: 10,
  msServer: 200,
  msMin: 0,
  msOnboard: 5000,
  msFewer: 50,
  msFewerOutages: 50,
  msHours: 0.5,
  msSrvHours: 1,
  msWait: 0.5,
  msDown: 1,
  msRecur: 20,
});
// Working for B:
//   f(m) = 1.5^((m − 1)/12): 1, 1.0344, 1.0699, 1.1067, 1.1447, 1.1841, 1.2247, 1.2668, 1.3104,
//        1.3554, 1.4020, 1.4502, 1.5
//   seats(m)     = round(10 × f): 10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15   (sum 161)
//                  (10.699 → 11, 14.5016 → 15)
//   endpoints(m) = round(20 × f): 20, 21, 21, 22, 23, 24, 24, 25, 26, 27, 28, 29, 30  (sum 320)
//   a = 1 (no after-hours calls); billed(0.3) = max(0.5, 0.3) = 0.5 (exact time, then the minimum)
//   user call 120 × 0.5 = 60; server call 120 × 2 = 240; outage 120 × 5 + 100 = 700
//   With n = seats(m):
//   U_bf = 1 × n × 0.8 / (1 − 0.5) = 1.6 n (each problem is called in 1/(1 − 0.5) = 2 times)
//   L_bf = n × 0.2;  S_bf = 12 × 2 / 12 / 0.5 = 4;  O_bf = 6 / 12 = 0.5
//   invoice_bf = 1.6 n × 60 + 4 × 240 + 0.5 × 700 = 96 n + 1310
//   downtime: user (2 + 0.3) × 0.4 = 0.92 h; server (2 + 2) × 0.4 × 0.2 × n = 0.32 n h; outage 3 n h
//   hours_bf = 1.6 n × 0.92 + 4 × 0.32 n + 0.5 × 3 n + 0.2 n × 1 = 4.452 n; cost 222.6 n
//   total_bf = 318.6 n + 1310  →  n = 10: 4496; n = 15: 6089
//   U_ms = n × 0.5 / 0.8 = 0.625 n;  S_ms = 12 × 2 × 0.5 / 12 / 0.8 = 1.25;  O_ms = 6 × 0.5 / 12 = 0.25
//   fee = max(0, 100 n + 10 e + 200 × 2) = 100 n + 10 e + 400
//   downtime: user (0.5 + 0.5) × 0.4 = 0.4 h; server (0.5 + 1) × 0.4 × 0.2 × n = 0.12 n h; outage n h
//   hours_ms = 0.625 n × 0.4 + 1.25 × 0.12 n + 0.25 n = 0.65 n; cost 32.5 n
//   month 1:  fee 1000 + 200 + 400 = 1600, + onboarding 5000 = 6600; total 6600 + 325 = 6925
//   month 2:  fee 1000 + 210 + 400 = 1610;                          total 1610 + 325 = 1935
//   month 13: fee 1500 + 300 + 400 = 2200;                          total 2200 + 487.5 = 2687.5

describe("scenario B: growth, recurrence, onboarding, downtime on", () => {
  const result = computeCosts(B);

  it("grows seats by monthly compounding and rounds them to whole people", () => {
    expect(result.months.map((month) => month.seats)).toEqual([
      10, 10, 11, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15,
    ]);
  });

  it("counts each recurring problem 1/(1 − p) times", () => {
    const first = result.months[0]!;
    // 8 problems called in, each called 1 / (1 − 0.5) = 2 times; managed 5 problems / 0.8.
    expect(first.breakFix.userCalls).toBeCloseTo(16, 9);
    expect(first.breakFix.serverCalls).toBeCloseTo(4, 9);
    expect(first.managed.userCalls).toBeCloseTo(6.25, 9);
    expect(first.managed.serverCalls).toBeCloseTo(1.25, 9);
  });

  it("bills exact time above the minimum when the increment is 0, and the call-out on every outage", () => {
    const first = result.months[0]!.breakFix;
    // 96 × 10 + 1310 = 2270; call-outs only on the outages: 0.5 × 100 = 50.
    expect(first.invoice).toBeCloseTo(2270, CENT);
    expect(first.callOutFees).toBeCloseTo(50, CENT);
    expect(first.afterHoursPremium).toBeCloseTo(0, CENT);
  });

  it("adds downtime to both totals, including the problems lived with", () => {
    const first = result.months[0]!;
    expect(first.breakFix.downtimeHours).toBeCloseTo(44.52, 6);
    expect(first.breakFix.downtimeCost).toBeCloseTo(2226, CENT);
    expect(first.breakFix.total).toBeCloseTo(4496, CENT);
    expect(first.managed.downtimeHours).toBeCloseTo(6.5, 6);
    expect(first.managed.total).toBeCloseTo(6925, CENT);
  });

  it("bills onboarding in month 1 only and prices endpoints grown in step with seats", () => {
    expect(result.months[0]!.managed.onboarding).toBe(5000);
    expect(result.months.slice(1).every((month) => month.managed.onboarding === 0)).toBe(true);
    expect(result.months[1]!.managed.fee).toBeCloseTo(1610, CENT);
    expect(result.months[1]!.managed.total).toBeCloseTo(1935, CENT);
    expect(result.months[12]!.managed.fee).toBeCloseTo(2200, CENT);
    expect(result.months[12]!.managed.total).toBeCloseTo(2687.5, CENT);
    expect(result.months[12]!.breakFix.invoice).toBeCloseTo(2750, CENT);
    expect(result.months[12]!.breakFix.total).toBeCloseTo(6089, CENT);
  });

  it("summarises the horizon per seat-month and finds the break-even month", () => {
    // Break-fix: 318.6 × 161 + 1310 × 13 = 51294.6 + 17030 = 68324.6; per seat-month ÷ 161 = 424.3764.
    // Managed: 100 × 161 + 10 × 320 + 400 × 13 + 5000 + 32.5 × 161 = 34732.5; ÷ 161 = 215.7298.
    expect(result.breakFix.total).toBeCloseTo(68324.6, CENT);
    expect(result.breakFix.perSeatMonth).toBeCloseTo(424.3764, 4);
    expect(result.breakFix.downtimeHours).toBeCloseTo(4.452 * 161, 6);
    expect(result.managed.total).toBeCloseTo(34732.5, CENT);
    expect(result.managed.perSeatMonth).toBeCloseTo(215.7298, 4);
    expect(result.managed.averageMonth).toBeCloseTo(34732.5 / 13, CENT);
    expect(result.difference).toBeCloseTo(33592.1, CENT);
    // Cumulative: month 1 break-fix 4496 < managed 6925; month 2 8992 > 6925 + 1935 = 8860, and
    // break-fix's monthly total exceeds managed's in every later month, so it holds from month 2.
    expect(result.months[1]!.breakFix.cumulative).toBeCloseTo(8992, CENT);
    expect(result.months[1]!.managed.cumulative).toBeCloseTo(8860, CENT);
    expect(result.breakEvenMonth).toBe(2);
  });

  it("reports no break-even issue rate when the crossing would be negative", () => {
    // Per month, break-fix = 179.6 n × issues + 1310 + 139 n; managed = 12.5 n × issues + fee + 20 n.
    // Horizon: 28915.6 × issues + 39409 against 2012.5 × issues + 32720: equal at issues = −0.2486.
    expect(result.breakEvenIssues).toBeNull();
  });
});

/**
 * Scenario C: cumulative lines that cross twice. Break-fix costs 300 per seat (one 300 call per
 * seat, nothing else) plus 50 a month in outage call-outs; managed costs 200 per endpoint. Seats
 * and endpoints grow by 50 % a year but round up to the next whole number in different months.
 */
const C = scenario({
  seats: 2,
  endpoints: 3,
  servers: 0,
  growth: 50,
  months: 12,
  downtime: false,
  issues: 1,
  srvIssues: 0,
  outages: 12,
  bfRate: 300,
  bfMin: 0,
  bfStep: 0,
  bfAfter: 0,
  bfOnsite: 0,
  bfCallOut: 50,
  bfHours: 1,
  bfOutageHours: 0,
  bfRecur: 0,
  bfReported: 100,
  msSeat: 0,
  msEndpoint: 200,
  msServer: 0,
  msMin: 0,
  msOnboard: 0,
});
// Working for C:
//   seats(m)     = round(2 × 1.5^((m−1)/12)): 2 in months 1–7 (2.4495 in month 7), 3 in 8–12 (2.5337)
//   endpoints(m) = round(3 × 1.5^((m−1)/12)): 3 in months 1–5 (3.4341 in month 5), 4 in 6–12 (3.5522)
//   break-fix = 300 × seats + 1 outage × (300 × billed(0) = 0, + call-out 50) = 300 n + 50
//   managed   = 200 × endpoints
//   month:        1    2    3    4    5    6    7    8    9   10   11   12
//   break-fix   650  650  650  650  650  650  650  950  950  950  950  950
//   managed     600  600  600  600  600  800  800  800  800  800  800  800
//   bf − ms cumulative: 50 100 150 200 250 100 −50 100 250 400 550 700
//   Managed is at or below break-fix in month 1 but not in month 7; from month 8 on it stays below.

describe("scenario C: the break-even month must hold to the end of the horizon", () => {
  const result = computeCosts(C);

  it("prices both sides as worked by hand", () => {
    expect(result.months.map((month) => month.breakFix.total)).toEqual([
      650, 650, 650, 650, 650, 650, 650, 950, 950, 950, 950, 950,
    ]);
    expect(result.months.map((month) => month.managed.total)).toEqual([
      600, 600, 600, 600, 600, 800, 800, 800, 800, 800, 800, 800,
    ]);
  });

  it("is the second crossing when the first one does not last", () => {
    expect(
      result.months[6]!.managed.cumulative - result.months[6]!.breakFix.cumulative,
    ).toBeCloseTo(50, CENT);
    expect(result.breakEvenMonth).toBe(8);
    expect(result.difference).toBeCloseTo(700, CENT);
  });

  it("is none when the horizon ends while managed is dearer", () => {
    expect(computeCosts({ ...C, months: 7 }).breakEvenMonth).toBeNull();
  });

  it("counts a month where the cumulative totals are equal as break-even", () => {
    // Without the outages and growth, break-fix is 300 × 2 = 600 and managed 200 × 3 = 600 every month.
    const level = computeCosts({ ...C, outages: 0, growth: 0 });
    expect(
      level.months.every((month) => month.managed.cumulative === month.breakFix.cumulative),
    ).toBe(true);
    expect(level.breakEvenMonth).toBe(1);
  });

  it("finds the break-even issue rate and equal totals there", () => {
    // Break-fix: 300 × issues × (2 × 7 + 3 × 5 = 29 seat-months) + 12 × 50 = 8700 × issues + 600.
    // Managed: 200 × (3 × 5 + 4 × 7 = 43 endpoint-months) = 8600.  issues = 8000 / 8700 = 0.91954….
    expect(result.breakEvenIssues).toBeCloseTo(8000 / 8700, 9);
    const atBreakEven = computeCosts({ ...C, issues: result.breakEvenIssues! });
    expect(atBreakEven.breakFix.total).toBeCloseTo(8600, CENT);
    expect(atBreakEven.managed.total).toBeCloseTo(8600, CENT);
  });
});

describe("edge cases of the summary figures", () => {
  it("reports no break-even issue rate when neither total depends on the issue rate", () => {
    // Nothing is called in and problems lived with cost nothing, and downtime is off, so managed's
    // calls do not count either: both lines are flat in `issues`.
    const flat = scenario({ bfReported: 0, bfLiveWith: 0, downtime: false });
    expect(computeCosts(flat).breakEvenIssues).toBeNull();
  });

  it("reports a difference percentage of 0 when break-fix costs nothing", () => {
    // No problems, no servers, no outages, downtime off: break-fix total 0;
    // managed max(500, 110 × 25) = 2750 a month for 12 months, + 2000 onboarding = 35000.
    const free = scenario({ issues: 0, servers: 0, outages: 0, downtime: false, months: 12 });
    const result = computeCosts(free);
    expect(result.breakFix.total).toBe(0);
    expect(result.managed.total).toBeCloseTo(35000, CENT);
    expect(result.difference).toBeCloseTo(-35000, CENT);
    expect(result.differencePercent).toBe(0);
  });

  it("reports a difference percentage of 0, not Infinity, when break-fix costs next to nothing", () => {
    // One outage in about 1e323 months at 5 an hour: a break-fix total of 5e-324 (the smallest double).
    const tiny = scenario({
      issues: 0,
      servers: 0,
      outages: 3.5e-323,
      bfRate: 5,
      bfMin: 0.25,
      bfCallOut: 0,
      downtime: false,
      months: 1,
    });
    const result = computeCosts(tiny);
    expect(result.breakFix.total).toBeGreaterThan(0);
    expect(result.differencePercent).toBe(0);
  });

  it("gives the default scenario's first month as worked by hand", () => {
    // a = 1 + 0.15 × 0.5 = 1.075; user call 150 × 1.075 × 1.5 + 0.3 × 90 = 241.875 + 27 = 268.875;
    // server call 150 × 1.075 × 4 + 27 = 672; outage 150 × 1.075 × 24 + 90 = 3960.
    // U_bf = 0.5 × 25 × 0.6 / 0.75 = 10; S_bf = 3 × 2 / 12 / 0.75 = 2/3; O_bf = 0.5 / 12.
    // invoice_bf = 2688.75 + 448 + 165 = 3301.75.
    // Downtime: 10 × (8 + 1.5) × 0.25 = 23.75; (2/3) × (8 + 4) × 0.25 × 0.25 × 25 = 12.5;
    // (0.5/12) × 16 × 25 = 16.6667; lived with 0.5 × 25 × 0.4 × 3 = 15  ⇒  67.9167 h × 45 = 3056.25.
    // total_bf = 6358. Managed fee max(500, 110 × 25 + 0 + 150 × 2) = 3050, + 2000 onboarding.
    // U_ms = 12.5 × 0.6 / 0.95 = 7.8947; S_ms = 6 × 0.6 / 12 / 0.95 = 0.31579; O_ms = 0.5 × 0.4 / 12.
    // Downtime: 7.8947 × (1 + 0.75) × 0.25 = 3.45395; 0.31579 × (1 + 2) × 0.25 × 0.25 × 25 = 1.48026;
    // (0.2/12) × 4 × 25 = 1.66667  ⇒  6.60088 h × 45 = 297.04; total_ms = 5050 + 297.04 = 5347.04.
    const first = computeCosts(defaultScenario()).months[0]!;
    expect(first.breakFix.invoice).toBeCloseTo(3301.75, CENT);
    expect(first.breakFix.downtimeHours).toBeCloseTo(67.9167, 4);
    expect(first.breakFix.total).toBeCloseTo(6358, CENT);
    expect(first.managed.invoice).toBeCloseTo(5050, CENT);
    expect(first.managed.downtimeHours).toBeCloseTo(6.60088, 4);
    expect(first.managed.total).toBeCloseTo(5347.04, CENT);
  });
});
