import { defineJourneys } from "./journeys.ts";
import { WEBKIT } from "./webkit-driver.ts";

defineJourneys(WEBKIT);
