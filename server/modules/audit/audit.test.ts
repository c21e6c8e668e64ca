import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema.js";
import { createTestApp } from "../../test/app.js";
import { makeSignedInUser } from "../../test/factories.js";
import { insertAuditEntries } from "./audit.queries.js";
import { recordAudit } from "./audit.service.js";

const { app, db } = await createTestApp();

describe("audit list", () => {
  it("gives the exact total on full pages, on the last page and past the end", async () => {
    const { cookie } = await makeSignedInUser(db, "administrator");
    const entityId = randomUUID();
    await insertAuditEntries(
      db,
      Array.from({ length: 7 }, (_, n) => ({
        actorUserId: null,
        action: "update" as const,
        entityType: "person",
        entityId,
        after: { n },
      })),
    );
    const list = async (page: number, pageSize: number) => {
      const response = await app.inject({
        url: `/api/audit?entityId=${entityId}&page=${page}&pageSize=${pageSize}`,
        headers: { cookie },
      });
      expect(response.statusCode).toBe(200);
      return response.json() as { items: { after: { n: number } }[]; total: number };
    };
    for (const [page, pageSize, count] of [
      [1, 3, 3],
      [2, 3, 3],
      [3, 3, 1],
      [4, 3, 0],
      [1, 7, 7],
      [1, 10, 7],
      [2, 7, 0],
    ] as const) {
      const body = await list(page, pageSize);
      expect({ page, pageSize, total: body.total, count: body.items.length }).toEqual({
        page,
        pageSize,
        total: 7,
        count,
      });
    }
    expect((await list(2, 3)).items.map((item) => item.after.n)).toEqual([3, 4, 5]);
    const none = await app.inject({ url: `/api/audit?entityId=${randomUUID()}`, headers: { cookie } });
    expect(none.json()).toMatchObject({ items: [], total: 0 });
  });
});

describe("an audit entry", () => {
  it("keeps the JSON form of what it is given, without search keys, name keys or password hashes at any depth", async () => {
    const entityId = randomUUID();
    await recordAudit(db, null, {
      action: "update",
      entityType: "person",
      entityId,
      before: { givenName: "Џенана", searchText: "dzenana", nameKey: "dzenana", score: 12.5 },
      after: {
        givenName: "Dženana",
        at: new Date("2012-11-14T09:30:00.000Z"),
        nested: { searchText: "x", kept: 1, gone: undefined },
        list: [{ passwordHash: "h", a: 1 }, null],
      },
    });
    const [row] = await db.select().from(auditLog).where(eq(auditLog.entityId, entityId));
    expect(row?.before).toEqual({ givenName: "Џенана", score: 12.5 });
    expect(row?.after).toEqual({
      givenName: "Dženana",
      at: "2012-11-14T09:30:00.000Z",
      nested: { kept: 1 },
      list: [{ a: 1 }, null],
    });
  });
});
