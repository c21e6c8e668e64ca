/**
 * Timing and reporting helpers of `npm run bench`: percentiles, the budgets (one table), the RSS
 * sampler, and the markdown tables the run prints (and docs/performance.md keeps).
 */
import { performance } from "node:perf_hooks";

/** Every budget of the bench, in one place. Checked at national10; reported at any scale. */
export const budgets = {
  /** Every page read (in-process `app.inject`): p95 in ms. */
  pageP95Ms: 100,
  /** The cooperation network of a year (its ties read from their sources, measures kept): p95 in ms. */
  networkP95Ms: 300,
  /** The 40,000-row people export, CSV and XLSX: p95 in ms of the whole request. */
  exportMs: 2_000,
  /** Flat memory: the process's peak RSS growth during one export above its level before it (MB). */
  exportRssGrowthMb: 100,
  /** Load over loopback HTTP: p95 in ms, errors (non-2xx, timeouts), peak process RSS (MB). */
  loadP95Ms: 300,
  loadErrors: 0,
  loadRssMb: 600,
  /** A 10,000-row attendance list: each step (preview, commit) through the service functions, in ms. */
  importStepMs: 1_000,
  /** `/api/health` p95 in ms while such a list is uploaded and committed through the API. */
  healthDuringImportMs: 50,
} as const;

export interface Timing {
  p50: number;
  p95: number;
  samples: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] as number;
}

export function summarize(times: number[]): Timing {
  const sorted = [...times].sort((a, b) => a - b);
  return { p50: percentile(sorted, 50), p95: percentile(sorted, 95), samples: sorted.length };
}

/**
 * Runs `once` after `warmup` unmeasured runs, `rounds` times or until `maxMs` of measuring has
 * passed (at least `minRounds`), sequentially; slow reads at a large scale thus take bounded time.
 */
export async function timeRepeated(
  once: () => Promise<void>,
  options: { rounds: number; warmup?: number; maxMs?: number; minRounds?: number },
): Promise<Timing> {
  const { rounds, warmup = 3, maxMs = 20_000, minRounds = 5 } = options;
  for (let i = 0; i < warmup; i++) await once();
  const times: number[] = [];
  const started = performance.now();
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    await once();
    times.push(performance.now() - t);
    if (i + 1 >= minRounds && performance.now() - started > maxMs) break;
  }
  return summarize(times);
}

const mb = (bytes: number) => bytes / 1024 / 1024;

/**
 * Samples the process's RSS every `everyMs` (the event loop permitting) and keeps the peak, plus
 * `process.resourceUsage().maxRSS` (the kernel's high-water mark, which a sample may miss while
 * synchronous work blocks the loop).
 */
export function rssSampler(everyMs = 5) {
  const before = process.memoryUsage().rss;
  const maxRssBefore = process.resourceUsage().maxRSS * 1024;
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      peak = Math.max(peak, process.memoryUsage().rss);
      const maxRss = process.resourceUsage().maxRSS * 1024;
      // The kernel's mark counts only when this interval raised it (it is the process's lifetime peak).
      if (maxRss > maxRssBefore) peak = Math.max(peak, maxRss);
      return { beforeMb: mb(before), peakMb: mb(peak), growthMb: mb(peak - before) };
    },
  };
}

export interface ReadRow {
  name: string;
  request: string;
  app: Timing;
  raw: Timing;
  budgetMs: number;
  note?: string;
}

const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");

export function readTable(rows: readonly ReadRow[]): string {
  const lines = [
    "| read | request | app p50 ms | app p95 ms | raw SQL p50 ms | raw SQL p95 ms | ratio p50 | ratio p95 | budget p95 | verdict |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---|",
  ];
  for (const row of rows) {
    const verdict = row.app.p95 <= row.budgetMs ? "ok" : "**over**";
    lines.push(
      `| ${row.name}${row.note ? ` (${row.note})` : ""} | \`${row.request}\` | ${ms(row.app.p50)} | ${ms(row.app.p95)} | ${ms(row.raw.p50)} | ${ms(row.raw.p95)} | ${(row.app.p50 / row.raw.p50).toFixed(1)} | ${(row.app.p95 / row.raw.p95).toFixed(1)} | ${row.budgetMs} | ${verdict} |`,
    );
  }
  return lines.join("\n");
}
