/**
 * "Every list exports and comes back intact": the lists that have an import of the same kind
 * (people, organisations) are exported as CSV and XLSX with the Bosnian headers a coordinator sees,
 * imported straight back, and every row is recognised as the one it came from — no error, nothing new.
 */

import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { ImportPreview } from "../../common/schemas/imports.js";
import { users } from "../db/schema.js";
import { createTestApp } from "../test/app.js";
import { findMunicipality, makeOrganization, makePerson, makeSignedInUser } from "../test/factories.js";
import { multipartFile } from "../test/multipart.js";

const { app, db } = await createTestApp();
const coordinator = await makeSignedInUser(db, "coordinator");
await db.update(users).set({ locale: "bs" }).where(eq(users.id, coordinator.user.id));
const cookie = coordinator.cookie;

async function exportAndImport(
  list: "people" | "organizations",
  kind: "people" | "organisations",
  q: string,
  format: "csv" | "xlsx",
) {
  const exported = await app.inject({
    url: `/api/${list}/export?format=${format}&q=${encodeURIComponent(q)}`,
    headers: { cookie },
  });
  expect(exported.statusCode, exported.body).toBe(200);
  const body = multipartFile(`izvoz.${format}`, exported.rawPayload);
  const uploaded = await app.inject({
    method: "POST",
    url: `/api/imports?kind=${kind}`,
    headers: { ...body.headers, cookie },
    payload: body.payload,
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return uploaded.json<ImportPreview>();
}

describe("export → import of the same kind", () => {
  it("brings people back as themselves, in Latin and Cyrillic, from CSV and XLSX", async () => {
    const organization = await makeOrganization(db, {
      name: "Udruženje „Žene Ženama” Povratak",
      shortName: "ZZ-P",
    });
    const names = [
      ["Dženana", "Hadžić-Povratak", "female"],
      ["Ђорђе", "Шарић-Повратак", "male"],
      ["O'Neil", "Čović, Povratak", "male"],
    ] as const;
    for (const [givenName, familyName, sex] of names)
      await makePerson(db, { givenName, familyName, sex, organizationId: organization.id });
    for (const format of ["csv", "xlsx"] as const) {
      const preview = await exportAndImport("people", "people", "Povratak", format);
      expect(preview.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(preview.import.counts).toMatchObject({ rows: 3, matched: 3, new: 0, likely: 0, skipped: 0 });
    }
  });

  it("brings organisations back as themselves", async () => {
    const place = await findMunicipality(db);
    await makeOrganization(db, {
      name: "Centar za pravnu pomoć Vraćanje",
      level: "municipality",
      sector: "civil_society",
      jurisdictionId: place.id,
    });
    await makeOrganization(db, {
      name: "Кантонално министарство Враћање",
      level: "canton",
      sector: "police",
    });
    for (const format of ["csv", "xlsx"] as const) {
      const preview = await exportAndImport("organizations", "organisations", "vracanje", format);
      expect(preview.issues.filter((issue) => issue.severity === "error")).toEqual([]);
      expect(preview.import.counts).toMatchObject({ rows: 2, matched: 2, new: 0, skipped: 0 });
    }
  });
});
