/**
 * Probable duplicates in the registry, found by set-based SQL: people (not archived) whose names fold
 * to one key — Cyrillic and Latin, diacritics, đ written as dj or d, dots as spaces — and who share
 * an organisation or a birth year, or of whom one has no organisation.
 *
 * One statement, without a per-person step. Each person's key (`people.name_key`, kept by the
 * database) is read in one pass over the registry and grouped; the number of pairs of each shared key is counted from
 * its people grouped by organisation and birth year, without forming a pair. A page then forms the
 * pairs of only the keys it shows. The cost is that pass and grouping, however many pairs there are.
 */
import { sql } from "drizzle-orm";
import type { DuplicatePair, DuplicatePerson } from "../../../common/schemas/people.js";
import type { DbOrTx } from "../../db/client.js";
import { pageOffset } from "../../db/sql.js";

/**
 * `keyed`: every person's key; `names`: each key held by more than one person with its number of
 * pairs, and the pairs before it in key order. One grouping pass counts the people of each key,
 * key and organisation, key and birth year, and key, organisation and birth year (`level` tells
 * which: the bits of the columns left out); a key's pairs are then |same organisation| + |same
 * birth year| + |one without organisation|, less the pairs counted twice: those of one
 * organisation and one birth year, and those of one birth year of whom one has no organisation.
 * `collate "C"`: keys compare byte by byte, which is all grouping and paging need.
 */
const names = (words: readonly string[]) => sql`
  keyed as materialized (
    select p.id, p.organization_id, p.birth_year, p.name_key collate "C" as name_key
    from people p
    where p.archived_at is null
      ${sql.join(
        words.map((word) => sql`and p.name_key like ${`%${word.replace(/[\\%_]/g, "\\$&")}%`}`),
        sql` `,
      )}
  ),
  candidates as (
    select * from keyed
    where name_key in (select name_key from keyed group by name_key having count(*) > 1)
  ),
  counts as (
    select name_key, organization_id, birth_year, grouping(organization_id, birth_year) as level,
      count(*)::bigint as c, (count(*) filter (where organization_id is null))::bigint as z
    from candidates
    group by grouping sets (
      (name_key), (name_key, organization_id), (name_key, birth_year), (name_key, organization_id, birth_year)
    )
  ),
  names as (
    select name_key, pairs, sum(pairs) over (order by name_key) - pairs as before
    from (
      select name_key, sum(case
          when level = 3 then z * (c - z) + z * (z - 1) / 2
          when level = 1 and organization_id is not null then c * (c - 1) / 2
          when level = 2 and birth_year is not null then c * (c - 1) / 2 - z * (c - z) - z * (z - 1) / 2
          when level = 0 and organization_id is not null and birth_year is not null then -(c * (c - 1) / 2)
          else 0 end)::bigint as pairs
      from counts
      group by name_key
    ) counted
    where pairs > 0
  )`;

/**
 * The pairs of the page's keys, each once, numbered in the list's order. Formed by equality joins
 * (same organisation; same birth year; one without organisation, with anyone of the key), so a key
 * held by many people costs its pairs, not every two of its people.
 */
const pagePairs = (from: number, to: number) => sql`
  page_names as (
    select name_key, before from names where before < ${to} and before + pairs > ${from}
  ),
  members as materialized (
    select k.name_key, k.organization_id, k.birth_year, k.id
    from candidates k
    where k.name_key in (select name_key from page_names)
  ),
  page_pairs as (
    select a.name_key, a.id as first_id, b.id as second_id
    from members a join members b
      on b.name_key = a.name_key and b.organization_id = a.organization_id and a.id < b.id
    union
    select a.name_key, a.id, b.id
    from members a join members b on b.name_key = a.name_key and b.birth_year = a.birth_year and a.id < b.id
    union
    select a.name_key, least(a.id, b.id), greatest(a.id, b.id)
    from members a join members b on b.name_key = a.name_key and b.id <> a.id
    where a.organization_id is null
  ),
  numbered as (
    select pp.first_id, pp.second_id,
      pn.before + row_number() over (partition by pp.name_key order by pp.first_id, pp.second_id) as position
    from page_pairs pp join page_names pn on pn.name_key = pp.name_key
  )`;

/** One person's columns of a listed pair, from the relations `<side>_person` and `<side>_organization`. */
const person = (side: "first" | "second") =>
  sql.raw(`
  ${side}_person.id as ${side}_id, ${side}_person.given_name as ${side}_given_name,
  ${side}_person.family_name as ${side}_family_name,
  ${side}_person.organization_id as ${side}_organization_id,
  ${side}_organization.name as ${side}_organization_name, ${side}_person.birth_year as ${side}_birth_year,
  (select count(*) from participations pa where pa.person_id = ${side}_person.id) as ${side}_participations`);

const columnsOf = ["id", "given_name", "family_name", "organization_id", "organization_name", "birth_year"];
type Row = Record<string, unknown> & { total: string; position: string | null };

const toPerson = (row: Row, side: "first" | "second"): DuplicatePerson => {
  const [id, givenName, familyName, organizationId, organizationName, birthYear] = columnsOf.map(
    (column) => row[`${side}_${column}`],
  );
  return {
    id: id as string,
    givenName: givenName as string,
    familyName: familyName as string,
    organizationId: organizationId as string | null,
    organizationName: organizationName as string | null,
    birthYear: birthYear as number | null,
    participations: Number(row[`${side}_participations`]),
  };
};

/**
 * One page of pairs, sorted by the folded name (then by the people's ids; the first of a pair has
 * the lower id), with the total. The people, their organisations and their participations are read
 * for the page's pairs only. Past the last page: no pairs, the total still counted.
 */
export async function selectDuplicatePairs(
  db: DbOrTx,
  page: number,
  pageSize: number,
  /** Words every pair's folded name holds (folded as names are: `nameKey`). */
  words: readonly string[] = [],
): Promise<{ items: DuplicatePair[]; total: number }> {
  const from = pageOffset(page, pageSize);
  const to = from + pageSize;
  const { rows } = await db.execute<Row>(sql`
    with ${names(words)}, ${pagePairs(from, to)},
    listed as (
      select pp.position, ${person("first")}, ${person("second")}
      from numbered pp
      join people first_person on first_person.id = pp.first_id
      join people second_person on second_person.id = pp.second_id
      left join organizations first_organization on first_organization.id = first_person.organization_id
      left join organizations second_organization on second_organization.id = second_person.organization_id
      where pp.position > ${from} and pp.position <= ${to}
    )
    select totals.total, listed.*
    from (select coalesce(sum(pairs), 0) as total from names) totals
    left join listed on true
    order by listed.position`);
  const items = rows
    .filter((row) => row.position !== null)
    .map((row) => ({ first: toPerson(row, "first"), second: toPerson(row, "second") }));
  return { items, total: Number(rows[0]?.total ?? 0) };
}
