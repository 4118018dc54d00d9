import * as fc from "fast-check";

/**
 * Property tests run with a fixed seed in `npm test`, so a run is repeatable and CI judges the
 * code, not the luck of the draw. FAST_CHECK_SEED=random explores new cases; a number replays one.
 */
const requested = process.env.FAST_CHECK_SEED;
if (requested !== "random") {
  fc.configureGlobal({ seed: requested ? Number(requested) : 20261125 });
}
