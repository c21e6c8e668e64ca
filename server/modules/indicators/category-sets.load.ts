/**
 * The system category sets every installation has: sex, entity, level and sector. Run at every
 * start: a missing set or category is added (e.g. a sector added to the vocabulary later); what
 * exists is left as it is.
 */
import { and, eq, sql } from "drizzle-orm";
import {
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type Sex,
} from "../../../common/schemas/enums.js";
import type { DbOrTx } from "../../db/client.js";
import { categories, categorySets } from "../../db/schema.js";
import { categorySetSearchKey } from "./category-sets.service.js";

interface SystemSet {
  code: string;
  name: string;
  description: string;
  categories: { code: string; name: string }[];
}

const sexNames: Record<Sex, string> = { female: "Women", male: "Men" };
const levelNames: Record<OrganizationLevel, string> = {
  international: "International",
  state: "State",
  entity: "Entity",
  canton: "Canton",
  municipality: "Municipality",
};
const sectorNames: Record<OrganizationSector, string> = {
  defence: "Defence",
  police: "Police",
  border: "Border",
  intelligence: "Intelligence",
  justice: "Justice",
  gender_mechanism: "Gender mechanism",
  other_government: "Other government",
  local_government: "Local government",
  civil_society: "Civil society",
  international_organization: "International organisation",
  media: "Media",
  academia: "Academia",
};

/** Entity categories carry the ISO 3166-2 codes that the jurisdictions use. */
export const systemCategorySets: SystemSet[] = [
  {
    code: "sex",
    name: "Sex",
    description: "Every indicator that counts people is split by sex.",
    categories: Object.entries(sexNames).map(([code, name]) => ({ code, name })),
  },
  {
    code: "entity",
    name: "Entity",
    description: "The entities of Bosnia and Herzegovina and Brčko District.",
    categories: [
      { code: "BA-BIH", name: "FBiH" },
      { code: "BA-SRP", name: "RS" },
      { code: "BA-BRC", name: "Brčko District" },
    ],
  },
  {
    code: "level",
    name: "Level",
    description: "The level of government or organisation.",
    categories: organizationLevels.map((code) => ({ code, name: levelNames[code] })),
  },
  {
    code: "sector",
    name: "Sector",
    description: "The sector of the organisation.",
    categories: organizationSectors.map((code) => ({ code, name: sectorNames[code] })),
  },
];

export const SEX_SET_CODE = "sex";

/** Answers how many sets and categories were added. */
export async function ensureCategorySets(db: DbOrTx): Promise<{ sets: number; categories: number }> {
  const added = { sets: 0, categories: 0 };
  for (const set of systemCategorySets) {
    const inserted = await db
      .insert(categorySets)
      .values({
        code: set.code,
        name: set.name,
        description: set.description,
        isSystem: true,
        searchText: categorySetSearchKey(
          set,
          set.categories.map((category) => category.name),
        ),
      })
      .onConflictDoNothing()
      .returning({ id: categorySets.id });
    added.sets += inserted.length;
    const [stored] = await db
      .select({ id: categorySets.id })
      .from(categorySets)
      .where(and(eq(sql`lower(${categorySets.code})`, set.code), eq(categorySets.isSystem, true)));
    if (!stored) continue;
    const rows = await db
      .insert(categories)
      .values(
        set.categories.map((category, position) => ({ ...category, position, categorySetId: stored.id })),
      )
      .onConflictDoNothing()
      .returning({ id: categories.id });
    added.categories += rows.length;
  }
  return added;
}
