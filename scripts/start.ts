/**
 * `npm start`: builds the web app when its sources are newer than the last build, then starts the
 * server (which starts its embedded PostgreSQL).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const builtIndex = join(root, "web/dist/index.html");

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

const sources = ["web/src", "web/index.html", "web/vite.config.ts", "common"]
  .map((p) => join(root, p))
  .filter(existsSync);
const isStale =
  !existsSync(builtIndex) || sources.some((source) => newestChange(source) > statSync(builtIndex).mtimeMs);
if (isStale && existsSync(join(root, "web/vite.config.ts"))) {
  process.stdout.write("building the web app…\n");
  const { build } = await import("vite");
  await build({ configFile: join(root, "web/vite.config.ts"), logLevel: "warn" });
}
await import("../server/main.js");
