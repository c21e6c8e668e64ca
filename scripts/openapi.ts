/**
 * `npm run openapi`: writes the web's API types (`web/src/api/openapi.d.ts`) from the OpenAPI
 * document of the app, built as the server builds it. The document needs only the registered
 * routes, so the database pool is never connected.
 */
import { writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString, type OpenAPI3 } from "openapi-typescript";
import { buildApp } from "../server/app.js";
import { openDatabase } from "../server/db/client.js";
import { LocalFileStore } from "../server/files/local.js";

export const openApiTypesFile = join(import.meta.dirname, "../web/src/api/openapi.d.ts");

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

/** The TypeScript types of the document: `paths`, `components` and `operations`. */
export async function openApiTypes(): Promise<string> {
  const ast = await openapiTS(await openApiDocument(), { alphabetize: true });
  return header + astToString(ast);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await writeFile(openApiTypesFile, await openApiTypes());
  process.stdout.write(`wrote ${openApiTypesFile}\n`);
}
