/** Jurisdictions, organisations and people: the registry every other table points at. */
import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  type PgColumn,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import {
  jurisdictionKinds,
  organizationLevels,
  organizationSectors,
  sexes,
} from "../../../common/schemas/enums.js";
import { oneOf, timestamps, trigram } from "./columns.js";

export const jurisdictions = pgTable(
  "jurisdictions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    code: text("code").notNull(),
    kind: text("kind").notNull(),
    parentId: uuid("parent_id").references((): PgColumn => jurisdictions.id),
    nameLatin: text("name_latin").notNull(),
    nameCyrillic: text("name_cyrillic").notNull(),
    shapeId: text("shape_id"),
    searchText: text("search_text").notNull(),
  },
  (t) => [
    uniqueIndex("jurisdictions_code_key").on(t.code),
    index("jurisdictions_parent_idx").on(t.parentId),
    check("jurisdictions_kind_check", oneOf(t.kind, jurisdictionKinds)),
    trigram("jurisdictions_search_idx", t.searchText),
  ],
);

export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    shortName: text("short_name"),
    level: text("level").notNull(),
    sector: text("sector").notNull(),
    jurisdictionId: uuid("jurisdiction_id").references(() => jurisdictions.id),
    description: text("description"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    searchText: text("search_text").notNull(),
    ...timestamps,
  },
  (t) => [
    check("organizations_level_check", oneOf(t.level, organizationLevels)),
    check("organizations_sector_check", oneOf(t.sector, organizationSectors)),
    check("organizations_name_check", sql`length(trim(${t.name})) > 0`),
    uniqueIndex("organizations_name_key").on(sql`lower(${t.name})`),
    trigram("organizations_search_idx", t.searchText),
  ],
);

export const people = pgTable(
  "people",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    givenName: text("given_name").notNull(),
    familyName: text("family_name").notNull(),
    sex: text("sex").notNull(),
    organizationId: uuid("organization_id").references(() => organizations.id),
    /** The organisation whose user registered this person; it may keep editing the record. */
    registeredByOrganizationId: uuid("registered_by_organization_id").references(() => organizations.id),
    position: text("position"),
    rank: text("rank"),
    isDecisionMaker: boolean("is_decision_maker").notNull().default(false),
    email: text("email"),
    phone: text("phone"),
    birthYear: smallint("birth_year"),
    hasConsented: boolean("has_consented").notNull().default(false),
    consentedOn: date("consented_on"),
    isDemo: boolean("is_demo").notNull().default(false),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /**
     * Set when this record was merged into another person: it stays archived as an alias, and
     * imports and searches that find it lead to the survivor.
     */
    mergedIntoId: uuid("merged_into_id").references((): PgColumn => people.id),
    searchText: text("search_text").notNull(),
    /**
     * The key a person is matched by (imports, probable duplicates): the search text folded as
     * `personKey` folds a name — dots and @ as spaces, dj as d, single spaces. Computed by the
     * database from the search text, so no writer can forget it; equal to `personKey(given, family)`
     * (a test holds the two together).
     */
    nameKey: text("name_key")
      .notNull()
      .generatedAlwaysAs(
        sql`btrim(regexp_replace(regexp_replace(translate(search_text, '.@', '  '), 'dj+', 'd', 'g'), '[[:space:]]+', ' ', 'g'))`,
      ),
    ...timestamps,
  },
  (t) => [
    check("people_sex_check", oneOf(t.sex, sexes)),
    check("people_names_check", sql`length(trim(${t.givenName})) > 0 and length(trim(${t.familyName})) > 0`),
    check("people_birth_year_check", sql`${t.birthYear} is null or ${t.birthYear} between 1900 and 2100`),
    index("people_organization_idx").on(t.organizationId),
    // A representative reads the people their organisation registered: one index probe in their scope.
    index("people_registered_by_idx").on(t.registeredByOrganizationId),
    index("people_merged_into_idx").on(t.mergedIntoId).where(sql`${t.mergedIntoId} is not null`),
    check(
      "people_merged_check",
      sql`${t.mergedIntoId} is null or (${t.archivedAt} is not null and ${t.mergedIntoId} <> ${t.id})`,
    ),
    trigram("people_search_idx", t.searchText),
    // An import's exact name matches and the probable duplicates' grouping, byte by byte.
    index("people_name_key_idx").on(sql`${t.nameKey} collate "C"`),
    // The list's default order (family name, given name, in the Bosnian collation): a page is read
    // off the index instead of sorting every person.
    index("people_name_order_idx").on(
      sql`${t.familyName} collate "bs-x-icu"`,
      sql`${t.givenName} collate "bs-x-icu"`,
      t.id,
    ),
  ],
);
