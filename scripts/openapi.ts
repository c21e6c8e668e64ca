/**
 * `npm run openapi`: writes the web's API types (`web/src/api/openapi.d.ts`, one file per resource
 * under `web/src/api/openapi/`, and the shared schemas in `openapi/components.d.ts`) from the
 * OpenAPI document of the app, built as the server builds it. The document needs only the
 * registered routes, so the database pool is never connected.
 */
import { mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import ts from "typescript";
import { buildApp } from "../server/app.js";
import { openDatabase } from "../server/db/client.js";
import { LocalFileStore } from "../server/files/local.js";

export const openApiTypesFile = join(import.meta.dirname, "../web/src/api/openapi.d.ts");
export const openApiTypesDir = join(import.meta.dirname, "../web/src/api/openapi");

const header = "// Generated from the API's OpenAPI document by `npm run openapi`; do not edit.\n";

/** The OpenAPI document the server serves at `/api/openapi.json`. */
export async function openApiDocument(): Promise<OpenAPI3> {
  const database = openDatabase("postgres://openapi@127.0.0.1:1/openapi", { max: 1 });
  const app = await buildApp({
    db: database.db,
    files: new LocalFileStore(join(tmpdir(), "nap1325-openapi")),
  });
  try {
    return app.swagger() as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

/** The resource an API path belongs to: its first segment after `/api/` ("events", "imports"…). */
const resourceOf = (path: string) => path.split("/")[2] || "api";

/** The name of a resource's generated file and of its paths type there. */
const typeName = (resource: string) =>
  resource.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

/** The `components` declaration of a generated file (the shared schemas). */
const isComponents = (node: ts.Node) => ts.isInterfaceDeclaration(node) && node.name.text === "components";

const componentsImport = 'import type { components } from "./components.js";\n\n';

/**
 * The web's API types, one file per resource (`web/src/api/openapi/<resource>.d.ts`, the paths of
 * that resource) and the index `openapi.d.ts` that joins them into `paths`: file name → content.
 */
export async function openApiTypes(): Promise<Map<string, string>> {
  const document = await openApiDocument();
  const resources = new Map<string, OpenAPI3["paths"]>();
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const resource = resourceOf(path);
    resources.set(resource, { ...resources.get(resource), [path]: item });
  }
  const files = new Map<string, string>();
  const names = [...resources.keys()].sort();
  // The schemas with an id (`.meta({ id })`), written once and referred to by every resource.
  const shared = await openapiTS({ ...document, paths: {} }, { alphabetize: true });
  files.set(join(openApiTypesDir, "components.d.ts"), header + astToString(shared.filter(isComponents)));
  for (const resource of names) {
    const ast = await openapiTS({ ...document, paths: resources.get(resource) }, { alphabetize: true });
    // A resource that answers a shared schema refers to components.d.ts; the others keep their own
    // (empty) declaration.
    const own = astToString(ast.filter((node) => !isComponents(node)));
    if (own.includes('components["schemas"]')) {
      files.set(join(openApiTypesDir, `${resource}.d.ts`), header + componentsImport + own);
    } else {
      // A resource that answers no shared schema is written on its own, as before there were any.
      const alone = await openapiTS(
        { ...document, paths: resources.get(resource), components: {} },
        { alphabetize: true },
      );
      files.set(join(openApiTypesDir, `${resource}.d.ts`), header + astToString(alone));
    }
  }
  const index = [
    header.trimEnd(),
    "// The paths of every resource, each generated into openapi/<resource>.d.ts.",
    ...names.map(
      (resource) => `import type { paths as ${typeName(resource)} } from "./openapi/${resource}.js";`,
    ),
    "",
    `export type paths = ${names.map(typeName).join(" &\n  ")};`,
    "",
  ].join("\n");
  files.set(openApiTypesFile, index);
  return files;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await rm(openApiTypesDir, { recursive: true, force: true });
  await mkdir(openApiTypesDir, { recursive: true });
  for (const [file, content] of await openApiTypes()) await writeFile(file, content);
  process.stdout.write(`wrote ${openApiTypesFile} and ${openApiTypesDir}/\n`);
}
