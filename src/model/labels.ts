/**
 * What each figure of an explanation is, as a code with values rather than words: the model says
 * "labour per call at the standard rate, for a user call", and the page words it in its language
 * (src/features/explain/label-text.ts). The model holds no words of any language; names of plans
 * are data, and travel as values.
 *
 * Types only: the number path (arithmetic.ts's NUMBERS) never looks at a label, and a label without
 * values is passed as its code alone, a string literal, so that the labels cost it nothing.
 */
import type { Side } from "./formulas.ts";
import type { MonthPart } from "./explain.ts";

/** Codes of the labels that need no values: each names one figure of MODEL.md's arithmetic. */
export type PlainLabelCode =
  // Constants.
  | "one"
  | "twelveMonths"
  | "yearsSinceMonth1"
  | "atLeastOnePerson"
  // Staff and endpoints.
  | "growthSinceMonth1"
  | "onePlusYearlyGrowth"
  | "staffThisMonth"
  | "staffRounded"
  | "staffGrown"
  | "endpointsThisMonth"
  | "endpointsGrown"
  // What a call costs and keeps staff from working.
  | "afterHoursBlend"
  | "afterHoursShareTimesExtra"
  | "multiplierLessOne"
  | "callOutFeePerCall"
  | "staffHoursLostPerUserCall"
  | "waitPlusRepairHours"
  | "responsePlusRepairHours"
  | "staffHoursLostPerServerIncident"
  | "workLostWhileOpen"
  | "callsCoveredByFee"
  | "noAfterHoursRates"
  // Expected calls.
  | "newProblems"
  | "callsPerProblem"
  | "userCalls"
  | "problemsCalledIn"
  | "serverCalls"
  | "serverIncidentsThisMonth"
  | "serverIncidentsAYear"
  | "serverIncidentsAYearAfterMaintenance"
  | "majorOutages"
  | "majorOutagesAYearAfterMaintenance"
  | "problemsLivedWith"
  | "shareNotCalledIn"
  | "shareOfProblemsLeft"
  | "problemsLeftAfterMaintenance"
  | "shareOfOutagesLeft"
  | "noProblemsLivedWith"
  // The managed fee and work outside it.
  | "monthlyFee"
  | "feeBySize"
  | "feePerStaffMember"
  | "feePerEndpoint"
  | "feePerServer"
  | "noOnboardingAfterMonth1"
  | "workOutsideFee"
  | "hoursOutsideFee"
  | "technicianHoursOnCalls"
  | "onUserCalls"
  | "onServerCalls"
  // Downtime.
  | "staffHoursLostToCalls"
  | "lostToUserCalls"
  | "lostToServerIncidents"
  | "perPersonAffected"
  | "lostToMajorOutages"
  | "perPerson"
  | "downtime"
  | "lostToProblemsLivedWith"
  | "downtimeCost"
  // A month's invoice and total.
  | "invoice"
  | "managedInvoice"
  | "labourAtStandardRates"
  | "callOutFees"
  | "afterHoursPremium"
  | "noneUnderBreakFix"
  | "noneCoveredByFee"
  | "totalInvoicePlusDowntime"
  | "totalInvoiceOnly"
  /** One month's invoice or downtime cost, as a term of a sum over the months. */
  | "monthInvoice"
  | "monthDowntimeCost"
  // Horizon figures.
  | "difference"
  | "swing"
  | "higherLessLower"
  | "lowerLessHigher"
  | "breakEvenMonth"
  | "breakEvenIssueRate"
  | "slopeGap"
  | "headStart"
  | "scaleOfTotals"
  | "largerTotalAtOneIssue";

/** The three kinds of call: a user's problem, a server incident, a major outage. */
export type CallKind = "user" | "server" | "outage";

/** Whose figure: break-fix's, or a managed plan's, named as given (empty for break-fix). */
export type SideValues = { readonly side: Side; readonly plan: string };

/** Which way a sensitivity figure moves an input: 25 % lower or higher. */
export type Direction = "lower" | "higher";

/**
 * Whose input a sensitivity figure varies, where both sides have one of that name ("Hours per user
 * issue"): break-fix's, the managed plan's (SideValues' `plan`), or one both sides share.
 */
export type InputOwner = Side | "both";

type Values = Readonly<Record<string, string | number>>;
type Valued<Code extends string, V extends Values> = { readonly code: Code; readonly values: Readonly<V> };

/** Labels with values: what the values are is in each line. */
export type ValuedLabel =
  /** An input leaf, by its key as a link writes it (`p2.msSeat`). */
  | Valued<"input", { key: string }>
  | Valued<"labourPerCallAtStandardRate" | "hoursBilledPerCall" | "pricePerCall" | "labourPerCallWithAfterHours", { call: CallKind }>
  /** A part of one side's month (month 1-based). */
  | Valued<"sideMonthPart", SideValues & { part: MonthPart; month: number }>
  /** Horizon figures of one side, over `months` months. */
  | Valued<
      "sideTotalOverHorizon" | "sideInvoicesOverHorizon" | "sideDowntimeCostOverHorizon" | "sideDowntimeOverHorizon",
      SideValues & { months: number }
    >
  | Valued<"sideAverageMonth" | "sidePerPersonPerMonth" | "sideTotal" | "sideTotalAtOneIssueLessZero", SideValues>
  /** A running total, to month `month`. */
  | Valued<"sideTotalToMonth", SideValues & { month: number }>
  /** The staff summed over the months: person-months. */
  | Valued<"staffSummedOverHorizon", { months: number }>
  /** The number of months of a horizon, as a constant. */
  | Valued<"horizon", { months: number }>
  /** Break-fix's running total less managed's, in month `month`. */
  | Valued<"monthGap", { month: number }>
  /** The difference with the input `key` (as a link writes it) 25 % lower or higher: `changed` rather than `current`. */
  | Valued<
      "sensitivityDifference",
      { key: string; owner: InputOwner; plan: string; direction: Direction; changed: number; current: number }
    >
  /** How far apart an input's two sensitivity differences lie. */
  | Valued<"sensitivitySwing", { key: string; owner: InputOwner; plan: string }>;

/** What a figure of an explanation is: a code, with values where the code needs them. */
export type Label = { readonly code: PlainLabelCode; readonly values?: undefined } | ValuedLabel;

export type LabelCode = Label["code"];

/** A label as the formulas pass it (arithmetic.ts): a code alone when it needs no values. */
export type LabelArg = PlainLabelCode | Label;
