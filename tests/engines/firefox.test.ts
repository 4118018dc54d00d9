import { defineJourneys } from "./journeys.ts";
import { FIREFOX } from "./firefox-driver.ts";

defineJourneys(FIREFOX);
