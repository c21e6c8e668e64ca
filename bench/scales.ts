/**
 * The sizes `npm run bench` generates: `default` (a plain run, a few minutes) and `national10`
 * (the national ×10 scale the budgets are set for): `npm run bench -- --scale national10`.
 * Env vars override single figures of the chosen scale (BENCH_PEOPLE, BENCH_EVENTS, …).
 */

export interface SyntheticSize {
  organizations: number;
  people: number;
  events: number;
  /** Average participations per event (they vary from event to event). */
  participationsPerEvent: number;
  /** Indicators of the synthetic plan (at least 200: the mix of kinds is laid out on 200). */
  indicators: number;
  /** Approved submissions (organisations × the 5 reporting periods). */
  submissions: number;
  auditEntries: number;
}

export type ScaleName = "default" | "national10";

const scales: Record<ScaleName, SyntheticSize> = {
  default: {
    organizations: 500,
    people: 50_000,
    events: 5_000,
    participationsPerEvent: 21,
    indicators: 200,
    submissions: 500,
    auditEntries: 10_000,
  },
  national10: {
    organizations: 2_000,
    people: 200_000,
    events: 50_000,
    participationsPerEvent: 21,
    indicators: 200,
    submissions: 500,
    auditEntries: 100_000,
  },
};

const fromEnv = (name: string, fallback: number) => {
  const value = process.env[name];
  return value === undefined || value === "" ? fallback : Number(value);
};

/** `--scale <name>` (or `--scale=<name>`) from the command line, else BENCH_SCALE, else `default`. */
export function scaleFromArgs(argv: readonly string[]): ScaleName {
  const index = argv.indexOf("--scale");
  const inline = argv.find((arg) => arg.startsWith("--scale="))?.slice("--scale=".length);
  const name = inline ?? (index >= 0 ? argv[index + 1] : undefined) ?? process.env.BENCH_SCALE ?? "default";
  if (name !== "default" && name !== "national10") {
    throw new Error(`unknown scale "${name}": use default or national10`);
  }
  return name;
}

export function sizeOf(scale: ScaleName): SyntheticSize {
  const base = scales[scale];
  return {
    organizations: fromEnv("BENCH_ORGANIZATIONS", base.organizations),
    people: fromEnv("BENCH_PEOPLE", base.people),
    events: fromEnv("BENCH_EVENTS", base.events),
    participationsPerEvent: fromEnv("BENCH_PARTICIPATIONS_PER_EVENT", base.participationsPerEvent),
    indicators: Math.max(200, fromEnv("BENCH_INDICATORS", base.indicators)),
    submissions: fromEnv("BENCH_SUBMISSIONS", base.submissions),
    auditEntries: fromEnv("BENCH_AUDIT_ENTRIES", base.auditEntries),
  };
}

/** The people a bench run needs: trainer pools first, then everyone else (see synthetic.ts). */
export function peopleLayout(size: SyntheticSize) {
  const masters = 20;
  /** Trainers per tier, a multiple of 10 (clusters of ten trainers). */
  const tier = Math.max(10, Math.floor(size.people / 200 / 10) * 10);
  const base = masters + 2 * tier;
  /** The first `exportCohort` people share a family name: the 40,000-row export selects them. */
  const exportCohort = Math.min(40_000, size.people - base);
  return { masters, tier, clusters: tier / 10, base, normal: size.people - base, exportCohort };
}
