/**
 * The words of every scenario input, by its key: its label, its help and its group's heading.
 * The model's table of inputs (src/model/inputs.ts) holds what each input is; this holds what a
 * person reads about it, in the page's language. Each message's context names its input, for the
 * translator and for the end-to-end tests, which find a field's English label by it.
 */
import { msg } from "@lingui/core/macro";
import { i18n, type MessageDescriptor } from "@lingui/core";
import { splitPlanKey, type InputGroup, type InputKey } from "../model/index.ts";

const LABELS: Readonly<Record<InputKey, MessageDescriptor>> = {
  seats: msg({ context: "input seats", message: `Staff who use IT` }),
  endpoints: msg({ context: "input endpoints", message: `Endpoints` }),
  servers: msg({ context: "input servers", message: `Servers` }),
  staffCost: msg({ context: "input staffCost", message: `Staff hourly cost` }),
  growth: msg({ context: "input growth", message: `Headcount growth` }),
  months: msg({ context: "input months", message: `Horizon` }),
  loss: msg({ context: "input loss", message: `Work lost while an issue is open` }),
  downtime: msg({ context: "input downtime", message: `Count downtime in the totals` }),
  issues: msg({ context: "input issues", message: `Issues per person per month` }),
  srvIssues: msg({ context: "input srvIssues", message: `Server incidents per server per year` }),
  outages: msg({ context: "input outages", message: `Major outages per year` }),
  srvImpact: msg({ context: "input srvImpact", message: `Staff affected by a server incident` }),
  bfRate: msg({ context: "input bfRate", message: `Hourly rate` }),
  bfMin: msg({ context: "input bfMin", message: `Minimum billed per call` }),
  bfStep: msg({ context: "input bfStep", message: `Billing increment` }),
  bfAfter: msg({ context: "input bfAfter", message: `Calls at after-hours rates` }),
  bfAfterX: msg({ context: "input bfAfterX", message: `After-hours multiplier` }),
  bfOnsite: msg({ context: "input bfOnsite", message: `Calls needing a site visit` }),
  bfCallOut: msg({ context: "input bfCallOut", message: `Call-out fee per visit` }),
  bfHours: msg({ context: "input bfHours", message: `Hours per user issue` }),
  bfSrvHours: msg({ context: "input bfSrvHours", message: `Hours per server incident` }),
  bfOutageHours: msg({ context: "input bfOutageHours", message: `Hours per major outage` }),
  bfWait: msg({ context: "input bfWait", message: `Wait before work starts` }),
  bfDown: msg({ context: "input bfDown", message: `Staff down in a major outage` }),
  bfRecur: msg({ context: "input bfRecur", message: `Fixes that recur` }),
  bfReported: msg({ context: "input bfReported", message: `Problems called in` }),
  bfLiveWith: msg({ context: "input bfLiveWith", message: `Hours lost per problem lived with` }),
  msSeat: msg({ context: "input msSeat", message: `Fee per staff member` }),
  msEndpoint: msg({ context: "input msEndpoint", message: `Fee per endpoint` }),
  msServer: msg({ context: "input msServer", message: `Fee per server` }),
  msMin: msg({ context: "input msMin", message: `Minimum monthly fee` }),
  msOnboard: msg({ context: "input msOnboard", message: `Onboarding fee` }),
  msFewer: msg({ context: "input msFewer", message: `Fewer problems from maintenance` }),
  msFewerOutages: msg({ context: "input msFewerOutages", message: `Fewer major outages` }),
  msHours: msg({ context: "input msHours", message: `Hours per user issue` }),
  msSrvHours: msg({ context: "input msSrvHours", message: `Hours per server incident` }),
  msWait: msg({ context: "input msWait", message: `SLA response time` }),
  msDown: msg({ context: "input msDown", message: `Staff down in a major outage` }),
  msRecur: msg({ context: "input msRecur", message: `Fixes that recur` }),
  msOutside: msg({ context: "input msOutside", message: `Calls billed outside the fee` }),
  msRate: msg({ context: "input msRate", message: `Hourly rate outside the fee` }),
  msName: msg({ context: "input msName", message: `Plan name` }),
  paths: msg({ context: "input paths", message: `Simulated paths` }),
  seed: msg({ context: "input seed", message: `Random seed` }),
};

const HELP: Readonly<Record<InputKey, MessageDescriptor>> = {
  seats: msg({ context: "input seats, help", message: `Everyone who uses a computer, email or phone system for work.` }),
  endpoints: msg({ context: "input endpoints, help", message: `Managed PCs, laptops, phones and printers.` }),
  servers: msg({ context: "input servers, help", message: `Servers on the premises or virtual machines in the cloud. Servers do not grow with headcount.` }),
  staffCost: msg({ context: "input staffCost, help", message: `Loaded cost of one staff hour: wages, tax, benefits and overhead. Values the time lost to downtime.` }),
  growth: msg({ context: "input growth, help", message: `Change in staff per year, compounded monthly. Endpoints grow in step; servers do not.` }),
  months: msg({ context: "input months, help", message: `How many months to compare.` }),
  loss: msg({ context: "input loss, help", message: `Share of an affected person's work lost while their problem waits to be fixed.` }),
  downtime: msg({ context: "input downtime, help", message: `Switch off to compare the invoices alone. Downtime is still calculated and shown.` }),
  issues: msg({ context: "input issues, help", message: `New IT problems per staff member per month, before maintenance or recurrence.` }),
  srvIssues: msg({ context: "input srvIssues, help", message: `Server faults that need a technician, before maintenance or recurrence.` }),
  outages: msg({ context: "input outages, help", message: `Site-wide failures (network, internet, main server) that stop everyone.` }),
  srvImpact: msg({ context: "input srvImpact, help", message: `Share of staff who cannot work normally while a server incident is open.` }),
  bfRate: msg({ context: "input bfRate, help", message: `The break-fix technician's standard hourly rate.` }),
  bfMin: msg({ context: "input bfMin, help", message: `Every call is billed at least this many hours.` }),
  bfStep: msg({ context: "input bfStep, help", message: `Time is rounded up to a multiple of this (0 bills exact time).` }),
  bfAfter: msg({ context: "input bfAfter, help", message: `Share of calls billed at after-hours or urgent rates.` }),
  bfAfterX: msg({ context: "input bfAfterX, help", message: `After-hours rate as a multiple of the standard rate.` }),
  bfOnsite: msg({ context: "input bfOnsite, help", message: `Share of user and server calls that need a technician on site. Major outages always do.` }),
  bfCallOut: msg({ context: "input bfCallOut, help", message: `Travel or call-out fee charged for each site visit.` }),
  bfHours: msg({ context: "input bfHours, help", message: `Technician time per user problem, including rediscovering an undocumented environment.` }),
  bfSrvHours: msg({ context: "input bfSrvHours, help", message: `Technician time per server incident.` }),
  bfOutageHours: msg({ context: "input bfOutageHours, help", message: `Technician time to recover from a major outage.` }),
  bfWait: msg({ context: "input bfWait, help", message: `No SLA: calls join the technician's queue.` }),
  bfDown: msg({ context: "input bfDown, help", message: `Hours everyone is stopped during a major outage.` }),
  bfRecur: msg({ context: "input bfRecur, help", message: `Share of fixes that are patches and come back as another call.` }),
  bfReported: msg({ context: "input bfReported, help", message: `Share of new problems staff call in; the rest they live with to avoid a bill.` }),
  bfLiveWith: msg({ context: "input bfLiveWith, help", message: `Staff time lost to each problem that is never called in.` }),
  msSeat: msg({ context: "input msSeat, help", message: `Monthly fee per seat.` }),
  msEndpoint: msg({ context: "input msEndpoint, help", message: `Monthly fee per device, where the provider prices per device.` }),
  msServer: msg({ context: "input msServer, help", message: `Monthly fee per server.` }),
  msMin: msg({ context: "input msMin, help", message: `The agreement never bills less than this in a month.` }),
  msOnboard: msg({ context: "input msOnboard, help", message: `One-time fee to document and bring the environment under management, billed in month 1.` }),
  msFewer: msg({ context: "input msFewer, help", message: `Reduction in new user problems and server incidents from patching and monitoring.` }),
  msFewerOutages: msg({ context: "input msFewerOutages, help", message: `Reduction in major outages from monitoring, backups and redundancy.` }),
  msHours: msg({ context: "input msHours, help", message: `Technician time per user problem in a documented environment.` }),
  msSrvHours: msg({ context: "input msSrvHours, help", message: `Technician time per server incident.` }),
  msWait: msg({ context: "input msWait, help", message: `Hours before work starts, as the service-level agreement promises.` }),
  msDown: msg({ context: "input msDown, help", message: `Hours everyone is stopped during a major outage, with monitoring and tested backups.` }),
  msRecur: msg({ context: "input msRecur, help", message: `Share of fixes that come back; root causes are fixed for good.` }),
  msOutside: msg({ context: "input msOutside, help", message: `Share of user and server calls the flat fee does not cover (on-site visits or after-hours work on a lower tier), billed by the hour. Major outages are always covered.` }),
  msRate: msg({ context: "input msRate, help", message: `What the provider charges per hour for work the flat fee does not cover, billed in exact time.` }),
  msName: msg({ context: "input msName, help", message: `The plan's name as the buyer sees it: a provider's tier (Essentials, Premium) or the provider quoting it.` }),
  paths: msg({ context: "input paths, help", message: `How many random futures the Monte Carlo simulation draws.` }),
  seed: msg({ context: "input seed, help", message: `Same seed, same bands: a shared link shows exactly what was shown.` }),
};

const GROUPS: Readonly<Record<InputGroup, MessageDescriptor>> = {
  business: msg({ context: "input group business", message: `The business` }),
  frequency: msg({ context: "input group frequency", message: `How often things break` }),
  breakFix: msg({ context: "input group breakFix", message: `Break-fix terms` }),
  managed: msg({ context: "input group managed", message: `Managed terms` }),
  simulation: msg({ context: "input group simulation", message: `Simulation` }),
};

/** An input's label; a plan's key (`p2.msSeat`) is labelled as the term it is. */
export function inputLabel(key: string): string {
  return i18n._(LABELS[baseKey(key)]);
}

/** What an input means and how to choose it, in a sentence or two. */
export function inputHelp(key: string): string {
  return i18n._(HELP[baseKey(key)]);
}

/** The heading of a group of inputs ("The business"). */
export function groupLabel(group: InputGroup): string {
  return i18n._(GROUPS[group]);
}

function baseKey(key: string): InputKey {
  return (splitPlanKey(key)?.key ?? key) as InputKey;
}
