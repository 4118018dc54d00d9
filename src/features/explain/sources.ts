/** The published figures behind the defaults (shared SOURCES.md), cited beside each assumption. */
import type { InputKey } from "../../model/index.ts";

export type Source = { id: string; publisher: string; title: string; year: string; says: string };

export const SOURCES: readonly Source[] = [
  {
    id: "comnexia",
    publisher: "comnexia.com",
    title: "Managed IT vs break-fix",
    year: "2025–26, US",
    says: "Managed IT for small businesses typically costs 100–250 per user per month; for 25 people 2,500–6,250 a month.",
  },
  {
    id: "netcom",
    publisher: "netcomonline.com",
    title: "Managed IT services vs break-fix support",
    year: "2025, US",
    says: "Guides commonly cite 100–200 per user per month, more with deeper security. Managed agreements come with SLA-backed response times.",
  },
  {
    id: "automate",
    publisher: "automateanddeploy.com",
    title: "Managed IT vs break-fix",
    year: "Feb 2026, US",
    says: "Break-fix on-site work costs 100–200 per hour; remote 75–150 per hour.",
  },
  {
    id: "roi",
    publisher: "roitechnologyinc.com",
    title: "Managed IT vs break-fix",
    year: "US",
    says: "Break-fix costs 125–200 per incident; there is no SLA under break-fix.",
  },
  {
    id: "microit",
    publisher: "micro-it.net",
    title: "What break-fix actually costs",
    year: "US",
    says: "Break-fix queues mean “the four-day delay before the technician can come out”. A 10-person business spends 14,000–22,000 over 24 months on break-fix including one major incident; a managed plan lands in the same range.",
  },
  {
    id: "connectwise",
    publisher: "connectwise.com blog",
    title: "How to calculate the cost of downtime",
    year: "",
    says: "Downtime cost = lost revenue + lost productivity + cost to recover + intangibles.",
  },
];

/** Which sources each default rests on; every other input is a judgement the user should check. */
export const SOURCES_FOR: Partial<Record<InputKey, readonly string[]>> = {
  msSeat: ["comnexia", "netcom"],
  bfRate: ["automate", "roi"],
  bfWait: ["microit"],
  msWait: ["netcom", "roi"],
  loss: ["connectwise"],
  staffCost: ["connectwise"],
};
