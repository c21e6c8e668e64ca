/**
 * Every figure the triggers keep, compared with a count from scratch of the raw rows: the dashboard
 * rollups (both levels), each event's attendance by sex, the totals of the unfiltered lists, the
 * figures per municipality and the indicator totals of the figures engine. For tests of writes that
 * move many rows at once (a merge of two people).
 */
import { sql } from "drizzle-orm";
import type { DbOrTx } from "../db/client.js";
import { keptListTotal } from "../db/list-totals.js";
import type { Actor } from "../http/actor.js";
import {
  countFiguresByMunicipality,
  selectFiguresByMunicipality,
} from "../modules/coverage/coverage.queries.js";
import { totalsAndFromScratch } from "../modules/figures/figures.service.js";

/** The rows of `kept` missing from `fresh` and those of `fresh` missing from `kept`, each as text. */
async function differences(db: DbOrTx, name: string, kept: string, fresh: string): Promise<string[]> {
  const { rows } = await db.execute<Record<string, unknown>>(
    sql.raw(`(${kept} except all ${fresh}) union all (${fresh} except all ${kept})`),
  );
  return rows.map((row) => `${name}: ${Object.values(row).join(" ")}`);
}

/** A value with the keys of every object in name order (two queries may list them in different orders). */
const sorted = (value: unknown): unknown =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, inner]) => [key, sorted(inner)]),
      )
    : value;
const text = (row: object) => JSON.stringify(sorted(row));

const attended = `from participations p join events e on e.id = p.event_id join people pe on pe.id = p.person_id
  where p.attended and e.status = 'held' and e.archived_at is null and e.project_id is not null`;

/**
 * Where the kept figures differ from a count from scratch, as lines naming the figure and the row;
 * empty when they agree. `reader` is a reader of every event (staff); `indicatorIds` the
 * activity-fed indicators to compare.
 */
export async function keptFiguresDifferences(
  db: DbOrTx,
  reader: Actor,
  indicatorIds: string[],
): Promise<string[]> {
  const found = [
    ...(await differences(
      db,
      "project_attendee_rollups",
      "select project_id, person_id, attendances, sex, organization_id from project_attendee_rollups",
      `select e.project_id, p.person_id, count(*)::int, pe.sex, pe.organization_id ${attended}
       group by e.project_id, p.person_id, pe.sex, pe.organization_id`,
    )),
    ...(await differences(
      db,
      "project_sex_figures",
      "select project_id, sex, people, attendances from project_sex_figures where people > 0",
      `select e.project_id, pe.sex, count(distinct pe.id)::int, count(*)::int ${attended} group by e.project_id, pe.sex`,
    )),
    ...(await differences(
      db,
      "project_organization_people",
      "select project_id, organization_id, people from project_organization_people where people > 0",
      `select e.project_id, pe.organization_id, count(distinct pe.id)::int ${attended}
       and pe.organization_id is not null group by e.project_id, pe.organization_id`,
    )),
    ...(await differences(
      db,
      "event_attendance",
      "select event_id, female, male from event_attendance where female + male > 0",
      `select p.event_id, (count(*) filter (where pe.sex = 'female'))::int,
         (count(*) filter (where pe.sex = 'male'))::int
       from participations p join people pe on pe.id = p.person_id where p.attended group by p.event_id`,
    )),
  ];
  for (const list of ["people", "events"] as const) {
    const { rows } = await db.execute<{ n: string }>(
      sql`select count(*) as n from ${sql.identifier(list)} where archived_at is null`,
    );
    const kept = await keptListTotal(db, list);
    if (kept !== Number(rows[0]?.n)) found.push(`list_totals: ${list} kept ${kept}, counted ${rows[0]?.n}`);
  }
  const byUnit = (figures: Map<string, unknown>) =>
    [...figures].map(([unit, value]) => `${unit} ${text(value as object)}`).sort();
  const keptUnits = byUnit(await selectFiguresByMunicipality(db, reader, {}));
  const countedUnits = byUnit(await countFiguresByMunicipality(db, reader, {}));
  for (const line of keptUnits.filter((line) => !countedUnits.includes(line)))
    found.push(`coverage kept: ${line}`);
  for (const line of countedUnits.filter((line) => !keptUnits.includes(line)))
    found.push(`coverage counted: ${line}`);
  const totals = await totalsAndFromScratch(db, indicatorIds);
  const asText = (rows: object[]) => rows.map(text).sort();
  const [kept, fresh] = [asText(totals.kept), asText(totals.fresh)];
  for (const line of kept.filter((line) => !fresh.includes(line))) found.push(`indicator kept: ${line}`);
  for (const line of fresh.filter((line) => !kept.includes(line))) found.push(`indicator counted: ${line}`);
  return found;
}
