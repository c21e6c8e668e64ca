import { count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { participations } from "../../db/schema.js";
import { toCsv } from "../../http/csv.js";
import { createTestApp } from "../../test/app.js";
import { makeEvent, makeOrganization, makeSignedInUser } from "../../test/factories.js";
import { importBytes } from "./imports.direct.js";

const { db } = await createTestApp();

/** A name made of letters only, different for every number. */
function nameOf(n: number): string {
  const letters = "abcdefghijklmnoprstuvz";
  let out = "";
  for (let rest = n; out.length < 5; rest = Math.floor(rest / letters.length))
    out += letters[rest % letters.length];
  return `N${out}`;
}

describe("a 10,000-row attendance list", () => {
  it("previews and commits in batches, and a second import adds no one", async () => {
    const organization = await makeOrganization(db, { name: "Udruženje Velika Lista" });
    const { actor } = await makeSignedInUser(db, "partner", { organizationId: organization.id });
    const event = await makeEvent(db, { organizerIds: [organization.id] });
    const rows = Array.from({ length: 10_000 }, (_, i) => [
      `Ime${nameOf(i)}`,
      `Prezime${nameOf(i * 7 + 3)}`,
      i % 2 === 0 ? "Ž" : "M",
      organization.name,
      i % 20,
      (i % 20) + 1,
      25,
    ]);
    const bytes = Buffer.from(
      toCsv([
        ["Ime", "Prezime", "Spol", "Institucija", "Ulazni test", "Izlazni test", "Maks. bodova"],
        ...rows,
      ]),
      "utf8",
    );
    const first = await importBytes(db, actor, { kind: "attendance", bytes, eventId: event.id });
    expect(first.preview.counts).toMatchObject({ rows: 10_000, errors: 0 });
    expect(first.counts.new).toBe(10_000 - first.preview.counts.likely);
    const second = await importBytes(db, actor, { kind: "attendance", bytes, eventId: event.id });
    expect(second.counts).toMatchObject({ new: 0, matched: 10_000 });
    const [written] = await db
      .select({ n: count() })
      .from(participations)
      .where(eq(participations.eventId, event.id));
    // How fast is measured by `npm run bench`, never here.
    expect(written?.n).toBe(10_000);
  }, 120_000);
});
