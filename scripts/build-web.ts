/** Builds the web app when its sources are newer than the last build (used by `npm start` and the journeys). */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
export const webDist = join(root, "web/dist");
const builtIndex = join(webDist, "index.html");

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export async function buildWebIfStale(): Promise<boolean> {
  const sources = ["web/src", "web/index.html", "web/vite.config.ts", "common"]
    .map((p) => join(root, p))
    .filter(existsSync);
  const isStale =
    !existsSync(builtIndex) || sources.some((source) => newestChange(source) > statSync(builtIndex).mtimeMs);
  if (!isStale) return false;
  process.stdout.write("building the web app…\n");
  const { build } = await import("vite");
  await build({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
  return true;
}
