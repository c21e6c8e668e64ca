import { readdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { openApiTypes, openApiTypesDir } from "../../../scripts/openapi.js";

describe("the web's API types (openapi.d.ts and openapi/*.d.ts)", () => {
  it("are those of the server's current OpenAPI document", async () => {
    const current = await openApiTypes();
    const committedFiles = (await readdir(openApiTypesDir)).map((name) => join(openApiTypesDir, name));
    const stale = [...committedFiles.filter((file) => !current.has(file))];
    for (const [file, content] of current) {
      const committed = await readFile(file, "utf8").catch(() => null);
      if (committed === content) continue;
      const committedLines = (committed ?? "").split("\n");
      const currentLines = content.split("\n");
      const line = currentLines.findIndex((text, index) => text !== committedLines[index]);
      stale.push(
        `${file}: first difference at line ${line + 1}: expected ${JSON.stringify(currentLines[line])}, found ${JSON.stringify(committedLines[line])}`,
      );
    }
    expect(
      stale,
      "The API changed since its types were generated: run `npm run openapi` and commit the result.",
    ).toEqual([]);
  });
});
