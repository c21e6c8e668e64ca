/**
 * The system's clock: the one place the app reads the time of day. Everything else takes a
 * `clock: () => Date` (or a `now`) from its caller, so tests can set the time.
 */
export const systemClock = (): Date => new Date();
