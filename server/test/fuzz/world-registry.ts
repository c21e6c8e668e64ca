/**
 * The registry of the fuzzer's world: the jurisdictions, four organisations (the partner's, the
 * representative's and two others), people of each with an e-mail and a phone nobody else has
 * (distinctive values, so a response that shows them to another organisation is easy to find), and
 * the users: one signed in per role, and others for the user routes to work on.
 */
import { eq, inArray } from "drizzle-orm";
import type { Db } from "../../db/client.js";
import { jurisdictions, users } from "../../db/schema.js";
import { hashPassword } from "../../modules/auth/password.js";
import { makeOrganization, makePerson } from "../factories.js";
import { hex, type Seeding } from "./seeding.js";
import { type FuzzRole, type FuzzUser, fuzzRoles, knownPassword, startSession } from "./session.js";

/** A personal value (e-mail or phone) of a seeded person. */
export interface PersonalValue {
  value: string;
  personId: string;
}

export type Person = Awaited<ReturnType<typeof makePerson>>;
type Staff = readonly [Person, Person, Person];

/** The ids of the four organisations. */
export interface Organizations {
  partner: string;
  representative: string;
  defence: string;
  media: string;
}

export interface Registry {
  /** Bihać, where the plan and the partner's workshop are (when the jurisdictions have it). */
  bihacId: string | undefined;
  organizations: Organizations;
  /** Three people of each organisation. */
  staff: Record<keyof Organizations, Staff>;
  /** People registered by the partner and by the representative without belonging to them. */
  registered: { byPartner: Person; byRepresentative: Person };
  personal: PersonalValue[];
  users: Record<FuzzRole, FuzzUser>;
  /** The hash of `knownPassword`. */
  passwordHash: string;
}

export async function buildRegistry(seeding: Seeding): Promise<Registry> {
  const bihacId = await addJurisdictions(seeding);
  const organizations = await makeOrganizations(seeding, bihacId);
  const { staff, registered, personal } = await makePeople(seeding, organizations);
  const passwordHash = await hashPassword(knownPassword);
  const signedIn = await makeSignedInUsers(seeding.db, passwordHash, organizations, staff.partner[2].id);
  await makeOtherUsers(seeding, passwordHash, organizations, staff.defence[1].id);
  return { bihacId, organizations, staff, registered, personal, users: signedIn, passwordHash };
}

/** Every level above the municipalities, and twenty municipalities (events take place in one); Bihać's id. */
async function addJurisdictions({ db, add }: Seeding): Promise<string | undefined> {
  const bihac = (await db.select().from(jurisdictions).where(eq(jurisdictions.nameLatin, "Bihać")))[0];
  const regions = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(inArray(jurisdictions.kind, ["state", "entity", "district", "canton"]))
    .orderBy(jurisdictions.code);
  const municipalities = await db
    .select({ id: jurisdictions.id })
    .from(jurisdictions)
    .where(eq(jurisdictions.kind, "municipality"))
    .orderBy(jurisdictions.code)
    .limit(20);
  add("jurisdictions", ...[...regions, ...municipalities].map((p) => p.id), ...(bihac ? [bihac.id] : []));
  return bihac?.id;
}

async function makeOrganizations({ db, add }: Seeding, bihacId: string | undefined): Promise<Organizations> {
  const partnerOrg = await makeOrganization(db, {
    name: `Fondacija Žene Ženama ${hex()}`,
    shortName: "ŽŽ",
    sector: "civil_society",
    level: "state",
  });
  const representativeOrg = await makeOrganization(db, {
    name: `Ministarstvo sigurnosti ${hex()}`,
    sector: "police",
    level: "state",
  });
  const defenceOrg = await makeOrganization(db, { name: `Министарство одбране ${hex()}`, sector: "defence" });
  const mediaOrg = await makeOrganization(db, {
    name: `Radio Bihać ${hex()}`,
    sector: "media",
    level: "municipality",
    jurisdictionId: bihacId ?? null,
  });
  const organizations = {
    partner: partnerOrg.id,
    representative: representativeOrg.id,
    defence: defenceOrg.id,
    media: mediaOrg.id,
  };
  add("organizations", ...Object.values(organizations));
  return organizations;
}

const names = [
  ["Đurđa", "Šarić"],
  ["Ђорђе", "Јовановић"],
  ["Amra", "Hodžić"],
] as const;

/** People of every organisation, each with an e-mail and a phone nobody else has. */
async function makePeople({ db, add }: Seeding, organizations: Organizations) {
  const personal: PersonalValue[] = [];
  let counter = 0;
  const personOf = async (organizationId: string | null, registeredBy: string | null = null) => {
    counter += 1;
    const [givenName, familyName] = names[counter % names.length] as readonly [string, string];
    const email = `tajna.${counter}.${hex()}@curenje.example`;
    const phone = `+387 61 ${String(400_000 + counter * 7919).slice(0, 6)}`;
    const person = await makePerson(db, {
      organizationId,
      registeredByOrganizationId: registeredBy,
      givenName: `${givenName}${counter}`,
      familyName,
      sex: counter % 2 === 0 ? "male" : "female",
      email,
      phone,
      birthYear: 1970 + counter,
      hasConsented: true,
    });
    personal.push({ value: email, personId: person.id }, { value: phone, personId: person.id });
    add("people", person.id);
    return person;
  };
  const staffOf = async (organizationId: string): Promise<Staff> => [
    await personOf(organizationId),
    await personOf(organizationId),
    await personOf(organizationId),
  ];
  const staff = {
    partner: await staffOf(organizations.partner),
    representative: await staffOf(organizations.representative),
    defence: await staffOf(organizations.defence),
    media: await staffOf(organizations.media),
  };
  // Registered by an organisation without belonging to it: it reads them but not their contacts.
  const registered = {
    byPartner: await personOf(null, organizations.partner),
    byRepresentative: await personOf(null, organizations.representative),
  };
  return { staff, registered, personal };
}

/** The signed-in users, with a password they can sign in (and change it) with; the partner is a person too. */
async function makeSignedInUsers(
  db: Db,
  passwordHash: string,
  organizations: Organizations,
  partnerPersonId: string,
): Promise<Record<FuzzRole, FuzzUser>> {
  const signedIn = {} as Record<FuzzRole, FuzzUser>;
  const userOrganization: Record<FuzzRole, string | null> = {
    administrator: null,
    coordinator: null,
    partner: organizations.partner,
    representative: organizations.representative,
  };
  for (const role of fuzzRoles) {
    const email = `${role}.${hex()}@fuzz.example`;
    const user = await insertUser(db, {
      email,
      displayName: `${role} ${hex()}`,
      passwordHash,
      role,
      organizationId: userOrganization[role],
      personId: role === "partner" ? partnerPersonId : null,
    });
    if (!user) throw new Error("no user");
    signedIn[role] = { role, userId: user.id, email, organizationId: user.organizationId, cookie: "" };
    signedIn[role].cookie = await startSession(db, user.id);
  }
  return signedIn;
}

/** Other users, for the user routes to work on (the signed-in ones are left alone); the trainer is a person. */
async function makeOtherUsers(
  { db, add }: Seeding,
  passwordHash: string,
  organizations: Organizations,
  trainerPersonId: string,
): Promise<void> {
  for (const [role, organizationId, personId] of [
    ["viewer", null, null],
    ["trainer", null, trainerPersonId],
    ["partner", organizations.defence, null],
    ["representative", organizations.partner, null],
  ] as const) {
    const email = `${role}.other.${hex()}@fuzz.example`;
    const user = await insertUser(db, {
      email,
      displayName: `Drugi ${role}`,
      passwordHash,
      role,
      organizationId,
      personId,
    });
    if (user) add("users", user.id);
  }
}

/** Inserts a user, searchable by its e-mail address. */
async function insertUser(db: Db, values: Omit<typeof users.$inferInsert, "searchText">) {
  const [user] = await db
    .insert(users)
    .values({ ...values, searchText: values.email })
    .returning();
  return user;
}
