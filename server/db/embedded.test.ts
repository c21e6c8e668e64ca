import { describe, expect, it } from "vitest";

const events = ["exit", "beforeExit", "SIGINT", "SIGTERM", "SIGHUP"] as const;

describe("the embedded PostgreSQL module", () => {
  it("leaves no process-wide exit or signal handlers behind when loaded", async () => {
    const before = events.map((event) => process.listenerCount(event));
    await import("./embedded.js");
    // A stray `beforeExit` handler that calls process.exit(0) would turn failed test runs into passes.
    expect(events.map((event) => process.listenerCount(event))).toEqual(before);
  });
});
