/**
 * Loads the jurisdiction tree of Bosnia and Herzegovina from `seed/reference/bih-municipalities.csv`
 * when the table is empty: state → entities and Brčko District → FBiH cantons → municipalities.
 */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "csv-parse/sync";
import { sql } from "drizzle-orm";
import { buildSearchKey } from "../../../common/text/search.js";
import { toCyrillic } from "../../../common/text/transliterate.js";
import type { DbOrTx } from "../../db/client.js";
import { jurisdictions } from "../../db/schema.js";

const csvPath = join(
  dirname(fileURLToPath(import.meta.url)),
  "../../../seed/reference/bih-municipalities.csv",
);

interface CsvRow {
  name_latin: string;
  name_cyrillic: string;
  entity: string;
  entity_iso_3166_2: string;
  canton: string;
  canton_no: string;
  gb_shape_id: string;
}

const entities: Record<string, { kind: "entity" | "district"; latin: string; cyrillic: string }> = {
  "BA-BIH": {
    kind: "entity",
    latin: "Federacija Bosne i Hercegovine",
    cyrillic: "Федерација Босне и Херцеговине",
  },
  "BA-SRP": { kind: "entity", latin: "Republika Srpska", cyrillic: "Република Српска" },
  "BA-BRC": { kind: "district", latin: "Brčko distrikt BiH", cyrillic: "Брчко дистрикт БиХ" },
};

export const slugOf = (name: string) => buildSearchKey(name).replace(/ /g, "-");
export const municipalityCode = (entityIso: string, nameLatin: string) => `${entityIso}-${slugOf(nameLatin)}`;

export async function ensureJurisdictions(db: DbOrTx): Promise<number> {
  const [existing] = await db.select({ n: sql<number>`count(*)::int` }).from(jurisdictions);
  if ((existing?.n ?? 0) > 0) return 0;
  const rows = parse(await readFile(csvPath, "utf8"), { columns: true, skip_empty_lines: true }) as CsvRow[];

  type NewJurisdiction = typeof jurisdictions.$inferInsert;
  const record = (
    code: string,
    kind: string,
    latin: string,
    cyrillic: string,
    parentId: string | null,
    shapeId?: string,
  ) =>
    ({
      code,
      kind,
      parentId,
      nameLatin: latin,
      nameCyrillic: cyrillic || toCyrillic(latin),
      shapeId: shapeId || null,
      searchText: buildSearchKey(latin, cyrillic),
    }) satisfies NewJurisdiction;

  const insertOne = async (value: NewJurisdiction) => {
    const [row] = await db.insert(jurisdictions).values(value).returning({ id: jurisdictions.id });
    if (!row) throw new Error(`could not insert jurisdiction ${value.code}`);
    return row.id;
  };

  const stateId = await insertOne(record("BA", "state", "Bosna i Hercegovina", "Босна и Херцеговина", null));
  const entityIds = new Map<string, string>();
  for (const [code, entity] of Object.entries(entities)) {
    entityIds.set(code, await insertOne(record(code, entity.kind, entity.latin, entity.cyrillic, stateId)));
  }
  const cantonIds = new Map<string, string>();
  for (const row of rows) {
    if (!row.canton_no || cantonIds.has(row.canton_no)) continue;
    const code = `BA-${row.canton_no.padStart(2, "0")}`;
    cantonIds.set(
      row.canton_no,
      await insertOne(record(code, "canton", row.canton, "", entityIds.get("BA-BIH") ?? null)),
    );
  }
  const municipalities = rows.map((row) => {
    const parentId = row.canton_no ? cantonIds.get(row.canton_no) : entityIds.get(row.entity_iso_3166_2);
    if (!parentId) throw new Error(`no parent for municipality ${row.name_latin}`);
    return record(
      municipalityCode(row.entity_iso_3166_2, row.name_latin),
      "municipality",
      row.name_latin,
      row.name_cyrillic,
      parentId,
      row.gb_shape_id,
    );
  });
  await db.insert(jurisdictions).values(municipalities);
  return 1 + entityIds.size + cantonIds.size + municipalities.length;
}
