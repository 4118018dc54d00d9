/**
 * The words of an explanation's figures, in the page's language. The model labels each figure with
 * a code and its values (src/model/labels.ts); this writes them out. Pure, so it is tested without
 * a page; in English it gives the very labels the model used to write.
 */
import { plural, select, t } from "@lingui/core/macro";
import { MAX_PLANS, defaultPlanName, type Label, type MonthPart, type Side, type ValuedLabel } from "../../model/index.ts";
import { formatNumber } from "../../lib/format.ts";
import { inputLabel } from "../../i18n/input-text.ts";
import { defaultPlanTitle } from "../../i18n/plan-names.ts";

/** True for a name the model gives a plan nobody named: "Managed" for plan 1, "Plan k" for plan k. */
export function isDefaultPlanName(name: string): boolean {
  return defaultPlanNumber(name) !== null;
}

function defaultPlanNumber(name: string): number | null {
  for (let plan = 1; plan <= MAX_PLANS; plan++) if (name === defaultPlanName(plan)) return plan;
  return null;
}

/**
 * A plan's name as the page writes it: a default name in the page's language, a given name as
 * given. Labels carry the name alone, so any plan's default name counts (planDisplayName needs the plan).
 */
export function planName(name: string): string {
  const plan = defaultPlanNumber(name);
  return plan === null ? name : defaultPlanTitle(plan);
}

/** Whose figure: "Break-fix", or the managed plan's name. */
function sideText(side: Side, plan: string): string {
  return side === "breakFix" ? t`Break-fix` : planName(plan);
}

/** "36 months". */
function horizon(months: number): string {
  return plural(months, { one: "# month", other: "# months" });
}

/** What the figure is, in the page's language. */
export function labelText(label: Label): string {
  if (label.values !== undefined) return valuedText(label);
  switch (label.code) {
    case "one":
      return formatNumber(1);
    case "twelveMonths":
      return horizon(12);
    case "yearsSinceMonth1":
      return t`Years since month 1`;
    case "atLeastOnePerson":
      return t`At least 1 person`;
    case "growthSinceMonth1":
      return t`Growth since month 1`;
    case "onePlusYearlyGrowth":
      return t`1 + yearly growth`;
    case "staffThisMonth":
      return t`Staff this month`;
    case "staffRounded":
      return t`Staff, rounded to whole people`;
    case "staffGrown":
      return t`Staff grown`;
    case "endpointsThisMonth":
      return t`Endpoints this month`;
    case "endpointsGrown":
      return t`Endpoints grown`;
    case "afterHoursBlend":
      return t`After-hours blend`;
    case "afterHoursShareTimesExtra":
      return t`After-hours share × (multiplier − 1)`;
    case "multiplierLessOne":
      return t`Multiplier − 1`;
    case "callOutFeePerCall":
      return t`Call-out fee per call (share on site × fee)`;
    case "staffHoursLostPerUserCall":
      return t`Staff-hours lost per user call`;
    case "waitPlusRepairHours":
      return t`Wait + repair hours`;
    case "responsePlusRepairHours":
      return t`Response + repair hours`;
    case "staffHoursLostPerServerIncident":
      return t`Staff-hours lost per server incident, per person`;
    case "workLostWhileOpen":
      return t`Work lost while it is open`;
    case "callsCoveredByFee":
      return t`Nothing: calls are covered by the fee`;
    case "noAfterHoursRates":
      return t`No after-hours rates`;
    case "newProblems":
      return t({ context: "explanation label", message: "New problems" });
    case "callsPerProblem":
      return t`Calls per problem: 1 ÷ (1 − share that recur)`;
    case "userCalls":
      return t({ context: "explanation label", message: "User calls" });
    case "problemsCalledIn":
      return t({ context: "explanation label", message: "Problems called in" });
    case "serverCalls":
      return t({ context: "explanation label", message: "Server calls" });
    case "serverIncidentsThisMonth":
      return t`Server incidents this month`;
    case "serverIncidentsAYear":
      return t`Server incidents a year`;
    case "serverIncidentsAYearAfterMaintenance":
      return t`Server incidents a year after maintenance`;
    case "majorOutages":
      return t({ context: "explanation label", message: "Major outages" });
    case "majorOutagesAYearAfterMaintenance":
      return t`Major outages a year after maintenance`;
    case "problemsLivedWith":
      return t({ context: "explanation label", message: "Problems lived with" });
    case "shareNotCalledIn":
      return t`Share not called in`;
    case "shareOfProblemsLeft":
      return t`Share of problems left after maintenance`;
    case "problemsLeftAfterMaintenance":
      return t`Problems left after maintenance`;
    case "shareOfOutagesLeft":
      return t`Share of outages left`;
    case "noProblemsLivedWith":
      return t`None: problems are reported, not lived with`;
    case "monthlyFee":
      return t`Monthly fee (at least the minimum)`;
    case "feeBySize":
      return t`Fee by size`;
    case "feePerStaffMember":
      return t({ context: "explanation label, part of the fee", message: "Per staff member" });
    case "feePerEndpoint":
      return t({ context: "explanation label, part of the fee", message: "Per endpoint" });
    case "feePerServer":
      return t({ context: "explanation label, part of the fee", message: "Per server" });
    case "noOnboardingAfterMonth1":
      return t`No onboarding after month 1`;
    case "workOutsideFee":
      return t({ context: "explanation label", message: "Work billed outside the fee" });
    case "hoursOutsideFee":
      return t`Hours billed outside the fee`;
    case "technicianHoursOnCalls":
      return t`Technician hours on calls`;
    case "onUserCalls":
      return t`On user calls`;
    case "onServerCalls":
      return t`On server calls`;
    case "staffHoursLostToCalls":
      return t`Staff-hours lost to calls`;
    case "lostToUserCalls":
      return t`Lost to user calls`;
    case "lostToServerIncidents":
      return t`Lost to server incidents`;
    case "perPersonAffected":
      return t`Per person affected`;
    case "lostToMajorOutages":
      return t`Lost to major outages`;
    case "perPerson":
      return t({ context: "explanation label, downtime of a major outage", message: "Per person" });
    case "downtime":
      return t({ context: "explanation label, in staff-hours", message: "Downtime" });
    case "lostToProblemsLivedWith":
      return t`Lost to problems lived with`;
    case "downtimeCost":
      return t({ context: "explanation label", message: "Downtime cost" });
    case "invoice":
      return t({ context: "explanation label", message: "Invoice" });
    case "managedInvoice":
      return t`Invoice: fee + onboarding + work outside the fee`;
    case "labourAtStandardRates":
      return t({ context: "explanation label", message: "Labour at standard rates" });
    case "callOutFees":
      return t({ context: "explanation label", message: "Call-out fees" });
    case "afterHoursPremium":
      return t`After-hours premium: invoice − labour − call-out fees`;
    case "noneUnderBreakFix":
      return t`None under break-fix`;
    case "noneCoveredByFee":
      return t`None: covered by the fee`;
    case "totalInvoicePlusDowntime":
      return t`Total: invoice + downtime`;
    case "totalInvoiceOnly":
      return t`Total: the invoice (downtime not counted)`;
    case "monthInvoice":
      return t({ context: "explanation label, one month's term of a sum", message: "invoice" });
    case "monthDowntimeCost":
      return t({ context: "explanation label, one month's term of a sum", message: "downtime cost" });
    case "difference":
      return t`Difference: break-fix total − managed total`;
    case "swing":
      return t`Swing: the larger of the two gaps`;
    case "higherLessLower":
      return t`Higher − lower`;
    case "lowerLessHigher":
      return t`Lower − higher`;
    case "breakEvenMonth":
      return t({ context: "explanation label", message: "Break-even month" });
    case "breakEvenIssueRate":
      return t({ context: "explanation label", message: "Break-even issue rate" });
    case "slopeGap":
      return t`What one more issue per person per month adds to break-fix, less what it adds to managed`;
    case "headStart":
      return t`Managed's head start cost: managed − break-fix at 0 issues`;
    case "scaleOfTotals":
      return t`Scale of the totals`;
    case "largerTotalAtOneIssue":
      return t`Larger total at 1 issue`;
  }
}

/** Labels with values. In a choice of call (`select(call, …)`), `other` is a major outage. */
function valuedText(label: ValuedLabel): string {
  switch (label.code) {
    case "input":
      return inputLabel(label.values.key);
    case "labourPerCallAtStandardRate": {
      const { call } = label.values;
      return select(call, {
        user: "Labour per user call at the standard rate",
        server: "Labour per server call at the standard rate",
        other: "Labour per major outage at the standard rate",
      });
    }
    case "hoursBilledPerCall": {
      const { call } = label.values;
      return select(call, {
        user: "Hours billed per user call",
        server: "Hours billed per server call",
        other: "Hours billed per major outage",
      });
    }
    case "pricePerCall": {
      const { call } = label.values;
      return select(call, { user: "Price of a user call", server: "Price of a server call", other: "Price of a major outage" });
    }
    case "labourPerCallWithAfterHours": {
      const { call } = label.values;
      return select(call, {
        user: "Labour per user call with the after-hours blend",
        server: "Labour per server call with the after-hours blend",
        other: "Labour per major outage with the after-hours blend",
      });
    }
    case "sideMonthPart": {
      const { part, month } = label.values;
      return monthPartText(part, sideText(label.values.side, label.values.plan), month);
    }
    case "sideTotalOverHorizon": {
      const side = sideText(label.values.side, label.values.plan);
      const months = horizon(label.values.months);
      return t`${side} total over ${months}`;
    }
    case "sideInvoicesOverHorizon": {
      const side = sideText(label.values.side, label.values.plan);
      const months = horizon(label.values.months);
      return t`${side} invoices over ${months}`;
    }
    case "sideDowntimeCostOverHorizon": {
      const side = sideText(label.values.side, label.values.plan);
      const months = horizon(label.values.months);
      return t`${side} downtime cost over ${months}`;
    }
    case "sideDowntimeOverHorizon": {
      const side = sideText(label.values.side, label.values.plan);
      const months = horizon(label.values.months);
      return t`${side} downtime over ${months}`;
    }
    case "sideAverageMonth": {
      const side = sideText(label.values.side, label.values.plan);
      return t`${side} average month`;
    }
    case "sidePerPersonPerMonth": {
      const side = sideText(label.values.side, label.values.plan);
      return t`${side} per person per month`;
    }
    case "sideTotal": {
      const side = sideText(label.values.side, label.values.plan);
      return t`${side} total`;
    }
    case "sideTotalAtOneIssueLessZero": {
      const side = sideText(label.values.side, label.values.plan);
      return t`${side}: total at 1 issue − total at 0`;
    }
    case "sideTotalToMonth": {
      const side = sideText(label.values.side, label.values.plan);
      const { month } = label.values;
      return t`${side} total to month ${month}`;
    }
    case "staffSummedOverHorizon": {
      const months = horizon(label.values.months);
      return t`Staff summed over ${months} (person-months)`;
    }
    case "horizon":
      return horizon(label.values.months);
    case "monthGap": {
      const { month } = label.values;
      return t`Month ${month}: break-fix to date − managed to date`;
    }
    case "sensitivityDifference": {
      const { direction } = label.values;
      const input = variedInput(label.values);
      const changed = formatNumber(label.values.changed, 6);
      const current = formatNumber(label.values.current, 6);
      return select(direction, {
        lower: `Difference with ${input} 25 % lower (${changed} instead of ${current})`,
        other: `Difference with ${input} 25 % higher (${changed} instead of ${current})`,
      });
    }
    case "sensitivitySwing": {
      const input = variedInput(label.values);
      return t`Swing of ${input}`;
    }
  }
}

/** The input a sensitivity figure varies, with whose it is where both sides have one: "Break-fix: Hourly rate". */
function variedInput({ key, owner, plan }: Extract<ValuedLabel, { code: "sensitivitySwing" }>["values"]): string {
  const input = inputLabel(key);
  if (owner === "both") return input;
  const side = sideText(owner, plan);
  return t`${side}: ${input}`;
}

/** One part of one side's month: "Break-fix user calls, month 3". */
function monthPartText(part: MonthPart, side: string, month: number): string {
  switch (part) {
    case "userCalls":
      return t`${side} user calls, month ${month}`;
    case "serverCalls":
      return t`${side} server calls, month ${month}`;
    case "outages":
      return t`${side} major outages, month ${month}`;
    case "livedWith":
      return t`${side} problems lived with, month ${month}`;
    case "invoice":
      return t`${side} invoice, month ${month}`;
    case "labour":
      return t`${side} labour at standard rates, month ${month}`;
    case "afterHoursPremium":
      return t`${side} after-hours premium, month ${month}`;
    case "callOutFees":
      return t`${side} call-out fees, month ${month}`;
    case "fee":
      return t`${side} monthly fee, month ${month}`;
    case "onboarding":
      return t`${side} onboarding, month ${month}`;
    case "outsideWork":
      return t`${side} work billed outside the fee, month ${month}`;
    case "downtimeHours":
      return t`${side} downtime in staff-hours, month ${month}`;
    case "downtimeCost":
      return t`${side} downtime cost, month ${month}`;
    case "total":
      return t`${side} total, month ${month}`;
    case "cumulative":
      return t`${side} total to date, month ${month}`;
  }
}
