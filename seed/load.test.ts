import { asc, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { Indicator } from "../common/schemas/indicators.js";
import {
  attendanceDays,
  boardMeetings,
  boards,
  categorySets,
  certificates,
  evaluations,
  eventCurricula,
  events,
  indicatorCategorySets,
  indicatorResponsibleOrganizations,
  indicators,
  organizations,
  participations,
  people,
  plans,
  reportingPeriods,
  submissionComments,
  trainingRules,
} from "../server/db/schema.js";
import type { Actor } from "../server/http/actor.js";
import { getBoard } from "../server/modules/boards/boards.service.js";
import { getMeeting } from "../server/modules/boards/meetings.service.js";
import { getTotCascade } from "../server/modules/cascade/cascade.service.js";
import { verifyCertificate } from "../server/modules/certificates/certificates.service.js";
import { selectIndicator } from "../server/modules/indicators/indicators.queries.js";
import { getPlanProgress } from "../server/modules/progress/progress.service.js";
import { createTestDatabase } from "../server/test/db.js";
import { indicators as seedIndicators } from "./data/index.js";
import { loadDefaultData } from "./load.js";

const { db } = await createTestDatabase();
// Loaded once for the file; each test reads what it needs from the loaded data.
const counts = await loadDefaultData(db);
const viewer: Actor = {
  userId: "00000000-0000-4000-8000-000000000001",
  role: "viewer",
  organizationId: null,
  personId: null,
};

describe("the BiH default data", () => {
  it("loads once, keeps diacritics and Cyrillic, and marks the fictional people as demo data", async () => {
    expect(counts).not.toBeNull();
    expect(counts).toMatchObject({ reportingPeriods: 5, indicators: seedIndicators.length });
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

  // Reads what the first test loaded.
  it("gives the Action Plan its yearly reporting periods from 1 August and its indicators", async () => {
    const [plan] = await db.select().from(plans);
    expect(plan).toBeDefined();
    const periods = await db
      .select()
      .from(reportingPeriods)
      .where(eq(reportingPeriods.planId, plan?.id ?? ""))
      .orderBy(asc(reportingPeriods.startsOn));
    expect(periods.map((period) => [period.name, period.startsOn, period.endsOn])).toEqual([
      ["2009/2010", "2009-08-01", "2010-07-31"],
      ["2010/2011", "2010-08-01", "2011-07-31"],
      ["2011/2012", "2011-08-01", "2012-07-31"],
      ["2012/2013", "2012-08-01", "2013-07-31"],
      ["2013/2014", "2013-08-01", "2014-07-31"],
    ]);

    const all = await db.select().from(indicators);
    expect(all.length).toBeGreaterThanOrEqual(6);
    for (const indicator of all) {
      expect(indicator.planId).toBe(plan?.id);
      expect(indicator.lineageId).toBe(indicator.id);
      expect(indicator.meansOfVerification?.trim()).toBeTruthy();
      const responsible = await db
        .select()
        .from(indicatorResponsibleOrganizations)
        .where(eq(indicatorResponsibleOrganizations.indicatorId, indicator.id));
      expect(responsible.length).toBeGreaterThan(0);
    }

    const sets = await db
      .select({ indicatorId: indicatorCategorySets.indicatorId, code: categorySets.code })
      .from(indicatorCategorySets)
      .innerJoin(categorySets, eq(categorySets.id, indicatorCategorySets.categorySetId));
    const peopleCounts = all.filter((indicator) => indicator.countsPeople);
    expect(peopleCounts.length).toBeGreaterThan(0);
    for (const indicator of peopleCounts) {
      expect(sets.filter((set) => set.indicatorId === indicator.id).map((set) => set.code)).toContain("sex");
    }

    const police = all.find((indicator) => indicator.name === "Share of women among police officers in BiH");
    expect(police).toMatchObject({ unit: "percent", baselineDate: "2010-01-01" });
    expect(Number(police?.baselineValue)).toBe(6.3);
    expect(Number(police?.endTarget)).toBe(40);
    // As the indicators API answers it.
    const policeRead = Indicator.omit({ abilities: true }).parse(await selectIndicator(db, police?.id ?? ""));
    expect(policeRead.categorySets.map((set) => set.code)).toEqual(["entity"]);
    expect(policeRead.responsibleOrganizations.length).toBeGreaterThan(0);

    const trained = all.find((indicator) => indicator.activitySource?.measure === "unique_people");
    expect(trained?.activitySource).toEqual({
      eventKinds: ["training_of_trainers", "seminar", "workshop"],
      roles: ["participant"],
      attendedOnly: true,
      measure: "unique_people",
    });
    const workshops = all.find((indicator) => indicator.activitySource?.measure === "events_held");
    expect(workshops).toMatchObject({ unit: "number", countsPeople: false });
  });

  it("shows statuses on first start: police off the path to 40 %, the ten workshops held", async () => {
    const [plan] = await db.select().from(plans);
    const progress = await getPlanProgress(db, viewer, plan?.id ?? "", new Date("2026-11-28T12:00:00Z"));
    expect(progress.period?.name).toBe("2012/2013");
    const row = (code: string) => progress.indicators.find((indicator) => indicator.code === code);
    expect(row("2-a")).toMatchObject({ actual: 12, expectedBasis: "path", status: "off_track" });
    expect(row("4-b")).toMatchObject({
      actual: 10,
      expected: 10,
      expectedBasis: "target",
      status: "on_track",
    });
    expect(row("4-a")?.bySex?.female).toBeGreaterThan(0);
    // The cascade: people reached by the TOT's graduates at the seminars and workshops.
    expect(row("4-c")).toMatchObject({ source: "activity" });
    expect(row("4-c")?.actual).toBeGreaterThan(40);
    expect((row("4-c")?.bySex?.female ?? 0) + (row("4-c")?.bySex?.male ?? 0)).toBe(row("4-c")?.actual);
    expect(progress.rollUp.status).not.toBe("no_data");

    const [note] = await db.select().from(submissionComments);
    expect(note?.body).toContain("about 12 %");
  });

  it("holds the Coordination Board's 2012 history: seats, six meeting records, follow-up, NGO consultations", async () => {
    const [board] = await db.select().from(boards);
    const detail = await getBoard(db, viewer, board?.id ?? "", "2026-11-28");
    expect(detail.composition.members.length).toBeGreaterThanOrEqual(20);
    expect(detail.composition.bySex.female).toBeGreaterThan(detail.composition.bySex.male);
    // The commitment is the plan's: years after the plan's end (2013) are not listed as shortfalls.
    expect(detail.ngoConsultations.map((year) => year.year)).toEqual([2012, 2013]);
    expect(detail.ngoConsultations.find((year) => year.year === 2012)).toMatchObject({
      held: 2,
      commitment: 2,
      isMet: true,
    });
    const overdue = detail.followUpByOrganization.reduce((sum, row) => sum + row.overdue, 0);
    expect(overdue).toBeGreaterThan(0);

    const meetings = await db.select().from(boardMeetings);
    expect(meetings).toHaveLength(6);
    const [fourth] = await db.select({ id: events.id }).from(events).where(eq(events.startsOn, "2012-09-13"));
    const record = await getMeeting(db, viewer, fourth?.id ?? "", "2026-11-28");
    expect(record.attendance.some((row) => row.attendance === "represented" && row.deputyName)).toBe(true);
    // The module for basic military training (meeting 2, still open) is followed up at meeting 4;
    // the Ministry of Security's data (done in April) is not.
    const followed = record.followUp.map((item) => item.description);
    expect(followed).toContain(
      "Pripremiti prijedlog modula o rodnoj ravnopravnosti i UNSCR 1325 za osnovnu vojnu obuku",
    );
    expect(followed.some((text) => text.startsWith("Dostaviti podatke o broju žena"))).toBe(false);
    expect(record.minutes).toContain("<p>");
  });

  it("shows a trainer cascade two generations deep from the 2012 training of trainers", async () => {
    const [tot] = await db.select().from(events).where(eq(events.kind, "training_of_trainers"));
    const cascade = await getTotCascade(db, viewer, tot?.id ?? "");
    expect(cascade.trainersProduced).toBe(12);
    expect(cascade.depth).toBe(2);
    expect(cascade.peopleReached.female).toBeGreaterThan(cascade.peopleReached.male);
  });

  it("gives the trainings their curricula, and the training of trainers its rules, days and evaluations", async () => {
    const [tot] = await db.select().from(events).where(eq(events.kind, "training_of_trainers"));
    const taught = await db.select().from(eventCurricula);
    expect(taught.length).toBe(13);
    const [rules] = await db
      .select()
      .from(trainingRules)
      .where(eq(trainingRules.eventId, tot?.id ?? ""));
    expect(Number(rules?.passMark)).toBe(0.6);
    const days = await db
      .select()
      .from(attendanceDays)
      .where(eq(attendanceDays.eventId, tot?.id ?? ""));
    expect(new Set(days.map((d) => d.day))).toEqual(new Set(["2012-03-20", "2012-03-21", "2012-03-22"]));
    expect(days.filter((d) => !d.present).length).toBeGreaterThanOrEqual(5);
    const forms = await db
      .select()
      .from(evaluations)
      .where(eq(evaluations.eventId, tot?.id ?? ""));
    expect(forms.length).toBe(19);
    expect(forms.every((form) => Object.values(form.scores).every((v) => v >= 1 && v <= 5))).toBe(true);
    // Certificates for those who attended all three days and reached 60 % of the post-test.
    const issued = await db
      .select()
      .from(certificates)
      .where(eq(certificates.eventId, tot?.id ?? ""));
    expect(issued.length).toBeGreaterThan(5);
    expect(issued.length).toBeLessThan(19);
    const first = issued[0];
    expect(first?.issuedAt.toISOString().slice(0, 10)).toBe("2012-03-22");
    expect(await verifyCertificate(db, first?.number ?? "")).toMatchObject({ genuine: true });
  });
});
