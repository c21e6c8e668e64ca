import { Writable } from "node:stream";
import { sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { createTestApp } from "../test/app.js";
import { makeOrganization, makeSignedInUser } from "../test/factories.js";
import { loggerOptions } from "./logging.js";

const lines: string[] = [];
const stream = new Writable({
  write(chunk, _encoding, done) {
    lines.push(String(chunk));
    done();
  },
});
const { app, db } = await createTestApp({ logger: { ...(loggerOptions("info") as object), stream } });

/**
 * Makes every insert into a table fail the way a database error deep in a request does: the
 * message and PostgreSQL's `detail` carry the whole row, and the SQLSTATE (55000) is one the API
 * does not map to a 4xx answer.
 */
async function refuseInsertsInto(table: "people" | "users") {
  await db.execute(
    sql.raw(`
      CREATE OR REPLACE FUNCTION refuse_row() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'refused row %', row_to_json(NEW)::text
          USING DETAIL = 'Key (email)=(' || coalesce(NEW.email, '') || ') ' || row_to_json(NEW)::text,
                ERRCODE = '55000', TABLE = TG_TABLE_NAME;
      END $$;
      CREATE TRIGGER refuse_row BEFORE INSERT ON ${table} FOR EACH ROW EXECUTE FUNCTION refuse_row();
    `),
  );
}

afterEach(async () => {
  await db.execute(
    sql.raw("DROP TRIGGER IF EXISTS refuse_row ON people; DROP TRIGGER IF EXISTS refuse_row ON users"),
  );
});

/** The log lines written during `act`, as one text. */
async function logOf(act: () => Promise<void>): Promise<string> {
  lines.length = 0;
  await act();
  return lines.join("\n");
}

describe("the log of a failed request", () => {
  it("keeps the SQLSTATE, class and route of a database failure, and none of the row's values", async () => {
    const administrator = await makeSignedInUser(db, "administrator");
    const partner = await makeSignedInUser(db, "partner", {
      organizationId: (await makeOrganization(db)).id,
    });
    const person = {
      givenName: "Dženana",
      familyName: "Hadžiomerović",
      sex: "female",
      email: "dzenana.hadziomerovic@example.org",
      phone: "+387 61 998 877",
      birthYear: 1977,
    };
    const user = {
      email: "jelena.petrovic.tajna@example.org",
      displayName: "Јелена Петровић-Тајић",
      role: "coordinator",
      password: "Тајна-лозинка-1325-дуга",
    };
    await refuseInsertsInto("people");
    await refuseInsertsInto("users");
    const responses: number[] = [];
    const log = await logOf(async () => {
      const created = await app.inject({
        method: "POST",
        url: "/api/people?source=Had%C5%BEiomerovi%C4%87",
        headers: { cookie: partner.cookie },
        payload: person,
      });
      responses.push(created.statusCode);
      expect(created.json()).toEqual({ code: "INTERNAL", message: "Something went wrong on the server" });
      const failedUser = await app.inject({
        method: "POST",
        url: "/api/users",
        headers: { cookie: administrator.cookie },
        payload: user,
      });
      responses.push(failedUser.statusCode);
    });
    expect(responses).toEqual([500, 500]);

    const failures = lines.map((line) => JSON.parse(line)).filter((entry) => entry.failure);
    expect(failures.map((entry) => entry.failure)).toEqual([
      expect.objectContaining({ code: "55000", route: "POST /api/people" }),
      expect.objectContaining({ code: "55000", route: "POST /api/users" }),
    ]);
    expect(failures[0].failure.error).toContain("DrizzleQueryError");
    expect(failures[0].failure.frames.join("\n")).toContain("people.service");
    expect(failures[0].failure.database).toMatchObject({ table: "people", routine: expect.any(String) });
    for (const value of [
      person.givenName,
      person.familyName,
      person.email,
      person.phone,
      "Hadž",
      "Had%C5%BE",
      "dzenana",
      "998 877",
      user.email,
      "jelena",
      "Петровић",
      "лозинка",
      "$argon2",
      "argon2id",
      "refused row",
      "Key (email)",
      "insert into",
      "params",
    ]) {
      expect(log, value).not.toContain(value);
    }
  });

  it("logs nothing of the body or of PostgreSQL's detail when a request is refused with a 4xx", async () => {
    const administrator = await makeSignedInUser(db, "administrator");
    const user = {
      email: "mirza.kovacevic.dupli@example.org",
      displayName: "Mirza Kovačević-Dupli",
      role: "coordinator",
      password: "Jako-tajna-lozinka-77",
    };
    const statuses: number[] = [];
    const log = await logOf(async () => {
      for (const payload of [user, user, { ...user, email: "not an e-mail, Kovačević" }]) {
        const response = await app.inject({
          method: "POST",
          url: "/api/users",
          headers: { cookie: administrator.cookie },
          payload,
        });
        statuses.push(response.statusCode);
      }
    });
    // Created, then the same e-mail again (a unique violation, whose detail names the e-mail), then invalid.
    expect(statuses).toEqual([201, 409, 400]);
    expect(log).toContain("/api/users");
    for (const value of ["mirza", "Kovačević", "Dupli", "Jako-tajna", "$argon2", "Key (", "already exists"]) {
      expect(log, value).not.toContain(value);
    }
  });
});
