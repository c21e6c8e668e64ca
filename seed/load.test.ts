import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, organizations, participations, people } from "../server/db/schema.js";
import { createTestDatabase } from "../server/test/db.js";
import { loadDefaultData } from "./load.js";

const { db } = await createTestDatabase();

describe("the BiH default data", () => {
  it("loads once, keeps diacritics and Cyrillic, and marks the fictional people as demo data", async () => {
    const counts = await loadDefaultData(db);
    expect(counts).not.toBeNull();
    expect(await loadDefaultData(db)).toBeNull();

    const [zz] = await db.select().from(organizations).where(eq(organizations.shortName, "Žene Ženama"));
    expect(zz?.name).toBe("Udruženje Žene Ženama");
    expect(zz?.searchText).toContain("zene zenama");

    const kinds = await db
      .select({ kind: events.kind, n: sql<number>`count(*)::int` })
      .from(events)
      .groupBy(events.kind);
    const byKind = Object.fromEntries(kinds.map((k) => [k.kind, k.n]));
    expect(byKind).toMatchObject({ board_meeting: 6, training_of_trainers: 1, seminar: 2, workshop: 10 });

    const workshopPlaces = await db
      .selectDistinct({ jurisdictionId: events.jurisdictionId })
      .from(events)
      .where(eq(events.kind, "workshop"));
    expect(workshopPlaces).toHaveLength(10);

    const everyone = await db.select().from(people);
    expect(everyone.every((person) => person.isDemo)).toBe(true);
    expect(everyone.some((person) => /[\u0400-\u04FF]/.test(person.familyName))).toBe(true);
    const women = everyone.filter((person) => person.sex === "female").length;
    expect(women / everyone.length).toBeGreaterThan(0.5);

    const [attendance] = await db.select({ n: sql<number>`count(*)::int` }).from(participations);
    expect(attendance?.n).toBe(counts?.participations);
  });
});
