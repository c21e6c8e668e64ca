/**
 * The house rules of `docs/architecture.md` ("One home for each kind of code"), checked on the
 * source so that they cannot drift back:
 * - SQL lives in queries files: outside `server/db/`, only `*.queries.ts` (and the reference-data
 *   loaders `*.load.ts`) import drizzle-orm's query building or the tables of `db/schema`.
 * - A module uses another module through its service (or its pure policy and rules), never through
 *   its queries — except the SQL read scopes (`*.scope.queries.ts`), which other queries compose;
 *   routes call services, never queries.
 * - No import cycles between modules (nor between the server's layers). Policies (`*.policy.ts`)
 *   are pure rules that import only other policies, `server/http/` and `common/`; they count as one
 *   layer below the modules, so any module may ask any policy (e.g. for the abilities it sends).
 * - The web decides nothing from roles: records carry `abilities` and `GET /api/auth/me` the role's.
 * - `common/` is shared by server and web: it imports neither, nor Node's built-ins; the web
 *   imports nothing from the server.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

interface Import {
  from: string;
  /** The imported file, relative to the repository; or the package name. */
  to: string;
  isTypeOnly: boolean;
}

function sourceFiles(folder: string): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(join(root, folder))) {
    const path = join(folder, entry);
    if (entry === "node_modules" || entry === "dist") continue;
    if (statSync(join(root, path)).isDirectory()) found.push(...sourceFiles(path));
    else if (/\.tsx?$/.test(entry) && !entry.endsWith(".d.ts")) found.push(path.split(sep).join("/"));
  }
  return found;
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s+(type\s+)?(?:[^;"'`]*?\sfrom\s+)?["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g;

function importsOf(file: string): Import[] {
  const text = readFileSync(join(root, file), "utf8");
  const found: Import[] = [];
  for (const match of text.matchAll(importPattern)) {
    const specifier = match[2] ?? match[3] ?? "";
    const isTypeOnly = Boolean(match[1]);
    const to = specifier.startsWith(".")
      ? relative(root, resolve(root, dirname(file), specifier))
          .split(sep)
          .join("/")
          .replace(/\.js$/, ".ts")
      : specifier;
    found.push({ from: file, to, isTypeOnly });
  }
  return found;
}

const isTest = (file: string) => /\.test\.tsx?$/.test(file) || file.startsWith("server/test/");
const isQueries = (file: string) => /\.queries\.ts$/.test(file) || /\.load\.ts$/.test(file);
/** SQL conditions for what an actor may read (the policy's twin in SQL), composed into other queries. */
const isScope = (file: string) => /\.scope\.queries\.ts$/.test(file);
/** The composition root starts the app: it runs the reference-data loaders. */
const isCompositionRoot = (file: string) => ["server/main.ts", "server/bootstrap.ts"].includes(file);

/** The unit a server file belongs to: `modules/<name>` for a module, else the server's folder. */
/** Policies are pure rules: together they form one layer below the modules, which any module may ask. */
const isPolicy = (file: string) => /^server\/modules\/[^/]+\/[^/]+\.policy\.ts$/.test(file);

function unitOf(file: string): string | null {
  const parts = file.split("/");
  if (parts[0] !== "server" || parts.length < 3) return null;
  if (isPolicy(file)) return "policies";
  return parts[1] === "modules" ? `modules/${parts[2]}` : (parts[1] ?? null);
}

const serverFiles = sourceFiles("server").filter((file) => !isTest(file));
const serverImports = serverFiles.flatMap(importsOf);

describe("the house rules", () => {
  it("keeps SQL in queries files", () => {
    const wrong = serverImports
      .filter(({ from }) => !from.startsWith("server/db/") && !isQueries(from))
      .filter(
        ({ to, isTypeOnly }) =>
          (!isTypeOnly && (to === "drizzle-orm" || to.startsWith("drizzle-orm/"))) ||
          to === "server/db/schema.ts" ||
          to.startsWith("server/db/schema/"),
      )
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("lets a module reach another module's data only through its service, and routes only through services", () => {
    const wrong = serverImports
      .filter(({ to }) => isQueries(to) && to.startsWith("server/"))
      .filter(({ from, to }) => dirname(from) !== dirname(to) || from.endsWith(".routes.ts"))
      .filter(({ from, to }) => !(isScope(to) && isQueries(from) && !from.endsWith(".routes.ts")))
      .filter(({ from, to }) => !(isCompositionRoot(from) && to.endsWith(".load.ts")))
      .filter(({ from }) => !from.startsWith("server/db/"))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("has no import cycles between modules and layers", () => {
    const edges = new Map<string, Set<string>>();
    for (const { from, to, isTypeOnly } of serverImports) {
      const a = unitOf(from);
      const b = unitOf(to);
      if (!a || !b || a === b || isTypeOnly) continue;
      edges.set(a, (edges.get(a) ?? new Set()).add(b));
    }
    expect(cyclesOf(edges)).toEqual([]);
  });

  it("keeps policies pure: they import only other policies, the HTTP layer's decisions and common/", () => {
    const wrong = serverImports
      .filter(({ from }) => isPolicy(from))
      .filter(({ to }) => !isPolicy(to) && !to.startsWith("server/http/") && !to.startsWith("common/"))
      .map(({ from, to }) => `${from} → ${to}`);
    expect(wrong).toEqual([]);
  });

  it("leaves the web no copy of a role rule: what a reader may do comes with the records (abilities)", () => {
    const roleCheck =
      /\brole\s*[!=]==?\s*["'](administrator|coordinator|representative|partner|trainer|viewer)["']/;
    const wrong = sourceFiles("web/src")
      .filter((file) => !isTest(file))
      .filter((file) => roleCheck.test(readFileSync(join(root, file), "utf8")));
    expect(wrong).toEqual([]);
  });

  it("keeps common/ free of the server, the web and Node, and the web free of the server", () => {
    const commonWrong = sourceFiles("common")
      .filter((file) => !isTest(file))
      .flatMap(importsOf)
      .filter(({ to }) => to.startsWith("node:") || to.startsWith("server/") || to.startsWith("web/"))
      .map(({ from, to }) => `${from} → ${to}`);
    const webWrong = sourceFiles("web/src")
      .flatMap(importsOf)
      .filter(({ to }) => to.startsWith("server/") || to.startsWith("node:"))
      .filter(({ from }) => !isTest(from))
      .map(({ from, to }) => `${from} → ${to}`);
    expect([...commonWrong, ...webWrong]).toEqual([]);
  });
});

/** Each strongly connected group of more than one unit, as "a → b → … → a". */
function cyclesOf(edges: Map<string, Set<string>>): string[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[] = [];
  let counter = 0;
  const visit = (unit: string) => {
    index.set(unit, counter);
    low.set(unit, counter);
    counter++;
    stack.push(unit);
    onStack.add(unit);
    for (const next of edges.get(unit) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(unit, Math.min(low.get(unit) as number, low.get(next) as number));
      } else if (onStack.has(next)) {
        low.set(unit, Math.min(low.get(unit) as number, index.get(next) as number));
      }
    }
    if (low.get(unit) === index.get(unit)) {
      const group: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop() as string;
        onStack.delete(member);
        group.push(member);
      } while (member !== unit);
      if (group.length > 1) groups.push(group.sort().join(" ↔ "));
    }
  };
  for (const unit of [...edges.keys()].sort()) if (!index.has(unit)) visit(unit);
  return groups.sort();
}
