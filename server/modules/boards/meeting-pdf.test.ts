import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { toCyrillic } from "../../../common/text/transliterate.js";
import { boardAttendances, boardDecisions, users } from "../../db/schema.js";
import { uncoveredCharacters } from "../../pdf/coverage.js";
import { textOf } from "../../pdf/document.js";
import { makeActionItem, makeBoard, makeBoardMeeting } from "../../test/activity-factories.js";
import { createTestApp } from "../../test/app.js";
import { makeOrganization, makePerson, makeSignedInUser } from "../../test/factories.js";
import { meetingPdf } from "./meeting-pdf.js";

const { app, db } = await createTestApp({ clock: () => new Date("2013-06-15T10:00:00Z") });

/** A recorded meeting with Latin and Cyrillic minutes, attendance of every kind, a decision and items. */
async function recordedMeeting() {
  const board = await makeBoard(db, { name: "Koordinacioni odbor za praćenje provedbe" });
  const agency = await makeOrganization(db, { name: `Agencija za ravnopravnost spolova ${Math.random()}` });
  const ministry = await makeOrganization(db, { name: `Министарство безбједности ${Math.random()}` });
  const earlier = await makeBoardMeeting(db, { boardId: board.id, startsOn: "2013-01-20" });
  await makeActionItem(db, {
    eventId: earlier.id,
    ownerOrganizationId: ministry.id,
    description: "Доставити извјештај о обукама",
    dueOn: "2013-03-01",
  });
  const meeting = await makeBoardMeeting(db, {
    boardId: board.id,
    organizerIds: [agency.id],
    title: "Sjednica odbora – Ђурђевдан",
    startsOn: "2013-05-06",
    venue: "Vijećnica, Sarajevo",
    isNgoConsultation: true,
    minutes:
      "<h3>Uvod</h3><p>Sjednicu je otvorila <strong>Šejla Đapić</strong>, a <em>Ђорђе Чолић</em> je podnio izvještaj.</p><ul><li>Žene u policiji</li><li>Жене у војсци</li></ul>",
  });
  const present = await makePerson(db, {
    givenName: "Šejla",
    familyName: "Đapić",
    organizationId: agency.id,
  });
  const member = await makePerson(db, {
    givenName: "Ђорђе",
    familyName: "Чолић",
    organizationId: ministry.id,
    sex: "male",
  });
  const deputy = await makePerson(db, {
    givenName: "Ćamila",
    familyName: "Žunić",
    organizationId: ministry.id,
  });
  const absent = await makePerson(db, { givenName: "Јелена", familyName: "Љубић" });
  await db.insert(boardAttendances).values([
    { eventId: meeting.id, personId: present.id, attendance: "present" },
    { eventId: meeting.id, personId: member.id, attendance: "represented", deputyPersonId: deputy.id },
    { eventId: meeting.id, personId: absent.id, attendance: "absent" },
  ]);
  await db
    .insert(boardDecisions)
    .values({ eventId: meeting.id, position: 0, text: "Usvaja se izvještaj – усваја се" });
  await makeActionItem(db, {
    eventId: meeting.id,
    ownerOrganizationId: agency.id,
    description: "Pripremiti nacrt plana čišćenja mina",
    dueOn: "2013-09-30",
  });
  return meeting;
}

describe("meeting record as PDF", () => {
  it("downloads the record of a meeting with Latin and Cyrillic text", async () => {
    const { cookie } = await makeSignedInUser(db, "viewer");
    const meeting = await recordedMeeting();
    const response = await app.inject({ url: `/api/events/${meeting.id}/meeting.pdf`, headers: { cookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers["content-type"]).toBe("application/pdf");
    expect(response.headers["content-disposition"]).toMatch(
      /^attachment; filename="Sjednica odbora _ Djurdjevdan 2013-05-06\.pdf"/,
    );
    expect(response.headers["content-disposition"]).toContain(encodeURIComponent("Ђурђевдан"));
    expect(response.rawPayload.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  });

  it("prints every part of the record, in the reader's language, with characters the font has", async () => {
    const meeting = await recordedMeeting();
    for (const locale of ["bs", "en", "sr-Cyrl-BA"]) {
      const { actor, user } = await makeSignedInUser(db, "coordinator");
      await db.update(users).set({ locale }).where(eq(users.id, user.id));
      const { definition } = await meetingPdf(db, actor, meeting.id, "2013-06-15");
      const text = textOf(definition).join("\n");
      for (const expected of [
        "Koordinacioni odbor za praćenje provedbe",
        "Vijećnica, Sarajevo",
        "Šejla Đapić",
        "Ђорђе Чолић",
        "Ćamila Žunić",
        "Јелена Љубић",
        "Žene u policiji",
        "Жене у војсци",
        "Usvaja se izvještaj – усваја се",
        "Pripremiti nacrt plana čišćenja mina",
        "Доставити извјештај о обукама",
      ]) {
        expect(text, `${locale}: ${expected}`).toContain(expected);
      }
      expect(text).toMatch(/Министарство безбједности/);
      const title =
        { bs: "Zapisnik sa sjednice odbora", en: "Minutes of the board meeting" }[locale as "bs" | "en"] ??
        toCyrillic("Zapisnik sa sjednice odbora");
      expect(text).toContain(title);
      for (const face of ["normal", "bold", "italics", "bolditalics"] as const) {
        expect(uncoveredCharacters(text, face), `${locale} ${face}`).toEqual([]);
      }
    }
  });

  it("follows the read rule of the meeting record", async () => {
    const meeting = await recordedMeeting();
    const partner = await makeSignedInUser(db, "partner", {
      organizationId: (await makeOrganization(db)).id,
    });
    const response = await app.inject({
      url: `/api/events/${meeting.id}/meeting.pdf`,
      headers: { cookie: partner.cookie },
    });
    expect(response.statusCode).toBe(404);
    expect((await app.inject({ url: `/api/events/${meeting.id}/meeting.pdf` })).statusCode).toBe(401);
  });
});
