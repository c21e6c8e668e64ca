import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { openApiTypes, openApiTypesFile } from "../../../scripts/openapi.js";

describe("the web's API types (openapi.d.ts)", () => {
  it("are those of the server's current OpenAPI document", async () => {
    const committed = await readFile(openApiTypesFile, "utf8");
    const current = await openApiTypes();
    if (committed === current) return;
    const committedLines = committed.split("\n");
    const currentLines = current.split("\n");
    const line = currentLines.findIndex((text, index) => text !== committedLines[index]);
    expect.fail(
      "web/src/api/openapi.d.ts is stale: the API changed since it was generated. " +
        "Run `npm run openapi` and commit the result. " +
        `First difference at line ${line + 1}: expected ${JSON.stringify(currentLines[line])}, ` +
        `found ${JSON.stringify(committedLines[line])}.`,
    );
  });
});
