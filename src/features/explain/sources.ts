/**
 * The published figures behind the defaults (shared SOURCES.md), cited beside each assumption.
 * Publishers and titles are names, written as published; when and where, and what each source
 * says, are words of the page, read in its language (`i18n._`).
 */
import { msg } from "@lingui/core/macro";
import type { MessageDescriptor } from "@lingui/core";
import type { InputKey } from "../../model/index.ts";

export type Source = {
  id: string;
  publisher: string;
  title: string;
  /** When and where the figures hold ("2025, US"), or null when the source says neither. */
  year: MessageDescriptor | null;
  says: MessageDescriptor;
};

export const SOURCES: readonly Source[] = [
  {
    id: "comnexia",
    publisher: "comnexia.com",
    title: "Managed IT vs break-fix",
    year: msg({ context: "when and where a source's figures hold", message: "2025–26, US" }),
    says: msg({ context: "what a published source says", message: "Managed IT for small businesses typically costs 100–250 per user per month; for 25 people 2,500–6,250 a month." }),
  },
  {
    id: "netcom",
    publisher: "netcomonline.com",
    title: "Managed IT services vs break-fix support",
    year: msg({ context: "when and where a source's figures hold", message: "2025, US" }),
    says: msg({ context: "what a published source says", message: "Guides commonly cite 100–200 per user per month, more with deeper security. Managed agreements come with SLA-backed response times." }),
  },
  {
    id: "automate",
    publisher: "automateanddeploy.com",
    title: "Managed IT vs break-fix",
    year: msg({ context: "when and where a source's figures hold", message: "Feb 2026, US" }),
    says: msg({ context: "what a published source says", message: "Break-fix on-site work costs 100–200 per hour; remote 75–150 per hour." }),
  },
  {
    id: "roi",
    publisher: "roitechnologyinc.com",
    title: "Managed IT vs break-fix",
    year: msg({ context: "when and where a source's figures hold", message: "US" }),
    says: msg({ context: "what a published source says", message: "Break-fix costs 125–200 per incident; there is no SLA under break-fix." }),
  },
  {
    id: "microit",
    publisher: "micro-it.net",
    title: "What break-fix actually costs",
    year: msg({ context: "when and where a source's figures hold", message: "US" }),
    says: msg({ context: "what a published source says", message: "Break-fix queues mean “the four-day delay before the technician can come out”. A 10-person business spends 14,000–22,000 over 24 months on break-fix including one major incident; a managed plan lands in the same range." }),
  },
  {
    id: "connectwise",
    publisher: "connectwise.com blog",
    title: "How to calculate the cost of downtime",
    year: null,
    says: msg({ context: "what a published source says", message: "Downtime cost = lost revenue + lost productivity + cost to recover + intangibles." }),
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
