/** Typical businesses: each sets the business and frequency inputs, never a provider's prices. */
import type { MessageDescriptor } from "@lingui/core";
import { msg } from "@lingui/core/macro";
import type { Scenario } from "../../model/index.ts";

/** `name` and `description` are read with i18n._ when shown. */
export type Preset = { id: string; name: MessageDescriptor; description: MessageDescriptor; values: Partial<Scenario> };

export const PRESETS: readonly Preset[] = [
  {
    id: "small-office",
    name: msg`5-person office, no server`,
    description: msg`Cloud email and files, a printer, no server on site.`,
    values: { seats: 5, endpoints: 7, servers: 0, staffCost: 40, outages: 0.5, issues: 0.5 },
  },
  {
    id: "professional-firm",
    name: msg`25-person professional firm`,
    description: msg`Accountants or lawyers: two servers, staff time is expensive.`,
    values: { seats: 25, endpoints: 30, servers: 2, staffCost: 65, outages: 0.5, issues: 0.5 },
  },
  {
    id: "multi-site",
    name: msg`100-person multi-site company`,
    description: msg`Three offices, eight servers, more network to go wrong.`,
    values: { seats: 100, endpoints: 130, servers: 8, staffCost: 45, outages: 1, issues: 0.5 },
  },
];
