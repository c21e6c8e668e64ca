/**
 * One figure, one number: on the BiH default data, every page, chart and export that shows the same
 * figure shows the same number, read through the API as a signed-in user would read it, and each
 * equals a count from the raw rows.
 */
import { parse } from "csv-parse/sync";
import { eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import type { CascadeSummaryList, TotCascade } from "../common/schemas/cascade.js";
import type { Coverage, MunicipalityActivity } from "../common/schemas/coverage.js";
import type { Dashboard } from "../common/schemas/dashboard.js";
import type { IndicatorSeries, PlanProgress } from "../common/schemas/progress.js";
import { events, indicators, plans, projects, reportingPeriods, users } from "../server/db/schema.js";
import { createTestApp } from "../server/test/app.js";
import { makeSignedInUser } from "../server/test/factories.js";
import { loadDefaultData } from "./load.js";

const { app, db } = await createTestApp();
await loadDefaultData(db);
const coordinator = await makeSignedInUser(db, "coordinator");
await db.update(users).set({ locale: "en" }).where(eq(users.id, coordinator.user.id));
const get = async <T>(url: string): Promise<T> => {
  const response = await app.inject({ url, headers: { cookie: coordinator.cookie } });
  expect(response.statusCode, url).toBe(200);
  return response.json() as T;
};
const [plan] = await db.select().from(plans);
const planId = plan?.id ?? "";

/** The progress of every period, each read as the page reads it. */
async function progressOfEveryPeriod() {
  const first = await get<PlanProgress>(`/api/plans/${planId}/progress`);
  const pages: PlanProgress[] = [];
  for (const period of first.periods) {
    pages.push(await get<PlanProgress>(`/api/plans/${planId}/progress?periodId=${period.id}`));
  }
  return pages;
}

describe("the same figure everywhere", () => {
  it("an indicator: its progress row, its chart and the progress export agree in every period", async () => {
    const pages = await progressOfEveryPeriod();
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) {
      const csv: string[][] = parse(
        (
          await app.inject({
            url: `/api/plans/${planId}/progress.csv?periodId=${page.period?.id}`,
            headers: { cookie: coordinator.cookie },
          })
        ).body.slice(1),
      );
      const header = csv[0] ?? [];
      const actualColumn = header.indexOf("Actual");
      for (const row of page.indicators) {
        const series = await get<IndicatorSeries>(`/api/indicators/${row.indicatorId}/series`);
        const point = series.points.find((p) => p.periodId === page.period?.id);
        expect(point?.actual ?? null, `${row.code} in ${page.period?.name}: chart`).toBe(row.actual);
        expect(point?.bySex ?? null, `${row.code} in ${page.period?.name}: chart by sex`).toEqual(row.bySex);
        const exported = csv.find((line) => line[0] === row.code)?.[actualColumn] ?? "";
        expect(exported === "" ? null : Number(exported), `${row.code}: export`).toBe(row.actual);
        if (row.bySex && row.actual !== null && row.unit === "number") {
          expect((row.bySex.female ?? 0) + (row.bySex.male ?? 0), `${row.code}: women and men`).toBe(
            row.actual,
          );
        }
      }
    }
  });

  it("the people a cumulative indicator reached are counted once, as a count of the raw rows says", async () => {
    const pages = await progressOfEveryPeriod();
    const last = pages.at(-1);
    const trained = last?.indicators.find((row) => row.code === "4-a");
    const [period] = await db
      .select()
      .from(reportingPeriods)
      .where(eq(reportingPeriods.id, last?.period?.id ?? ""));
    const [definition] = await db
      .select()
      .from(indicators)
      .where(eq(indicators.id, trained?.indicatorId ?? ""));
    expect(definition?.isCumulative).toBe(true);
    // Unique attended participants of the TOT, seminars and workshops linked to 4-a's node or below, up to
    // the end of the last period: each person once however many periods they came in.
    const result = await db.execute<{ n: number }>(sql`
      with recursive subtree (id) as (
        select framework_node_id from indicators where plan_id = ${planId} and code = '4-a'
        union select n.id from framework_nodes n join subtree s on n.parent_id = s.id
      )
      select count(distinct pa.person_id)::int as n
      from participations pa
      join events e on e.id = pa.event_id
      join event_framework_nodes efn on efn.event_id = e.id and efn.framework_node_id in (select id from subtree)
      where pa.attended and pa.role = 'participant' and e.status = 'held' and e.archived_at is null
        and e.kind in ('training_of_trainers', 'seminar', 'workshop') and e.starts_on <= ${period?.endsOn ?? ""}`);
    expect(trained?.actual).toBe(result.rows[0]?.n);
    expect(trained?.actual).toBeGreaterThan(0);
  });

  it("the trainer cascade: the indicator fed by it, the cascade page and the list of cascades agree", async () => {
    const last = (await progressOfEveryPeriod()).at(-1);
    const reach = last?.indicators.find((row) => row.code === "4-c");
    const [tot] = await db
      .select({ id: events.id })
      .from(events)
      .where(eq(events.kind, "training_of_trainers"));
    const page = await get<TotCascade>(`/api/events/${tot?.id}/cascade`);
    const list = await get<CascadeSummaryList>("/api/cascades");
    const summary = list.items.find((item) => item.id === tot?.id);
    expect(page.peopleReached.total).toBeGreaterThan(40);
    expect(reach?.actual).toBe(page.peopleReached.total);
    expect(reach?.bySex).toEqual({ female: page.peopleReached.female, male: page.peopleReached.male });
    expect(summary?.peopleReached).toEqual(page.peopleReached);
    expect(summary?.trainersProduced).toBe(page.trainersProduced);
    expect(summary?.sessionsDelivered).toBe(page.sessionsDelivered);
  });

  it("coverage: the map, each municipality's page and the project's dashboard agree", async () => {
    const coverage = await get<Coverage>("/api/coverage");
    expect(coverage.items.length).toBeGreaterThan(3);
    for (const row of coverage.items) {
      const page = await get<MunicipalityActivity>(`/api/municipalities/${row.id}`);
      expect(page.figures, row.nameLatin).toEqual({
        events: row.events,
        participations: row.participations,
        participants: row.participants,
        womenShare: row.womenShare,
        trainersActive: row.trainersActive,
      });
    }
    const [project] = await db.select().from(projects);
    const dashboard = await get<Dashboard>(`/api/dashboard?projectId=${project?.id}`);
    const ofProject = await get<Coverage>(`/api/coverage?projectId=${project?.id}`);
    // Every event of the project takes place in one municipality: events and attendances add up.
    const held = dashboard.outputs.reduce((sum, output) => sum + output.held, 0);
    const placed = await db.execute<{ n: number }>(sql`
      select count(*)::int as n from events
      where project_id = ${project?.id ?? ""} and status = 'held' and archived_at is null and jurisdiction_id is not null`);
    expect(ofProject.items.reduce((sum, row) => sum + row.events, 0)).toBe(placed.rows[0]?.n);
    expect(held).toBeLessThanOrEqual(placed.rows[0]?.n ?? 0);
    expect(ofProject.items.reduce((sum, row) => sum + row.participations, 0)).toBe(
      dashboard.participations.total,
    );
  });
});
