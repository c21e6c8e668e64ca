/**
 * The imports of the fuzzer's world, waiting for their commit: people named like people of other
 * organisations, attendance of the partner's workshop, and organisations.
 */
import { makeImport } from "../factories.js";
import type { Seeding } from "./seeding.js";
import type { EventRows } from "./world-events.js";
import type { Person, Registry } from "./world-registry.js";

/** CSV rows of the people's names and sex. */
const namesOf = (list: Person[]) =>
  list
    .map((person) => `${person.givenName},${person.familyName},${person.sex === "female" ? "Ž" : "M"},\r\n`)
    .join("");

export async function buildImports({ db, files, add }: Seeding, registry: Registry, events: EventRows) {
  const { organizations, staff, users } = registry;
  const [p0, p1] = staff.partner;
  const [, r1] = staff.representative;
  const [d0, d1] = staff.defence;
  const [m0, m1] = staff.media;
  const partnerUser = users.partner.userId;
  add(
    "imports",
    (
      await makeImport(db, files, {
        kind: "people",
        createdBy: partnerUser,
        organizationId: organizations.partner,
        content: `Ime,Prezime,Spol,Institucija\r\n${namesOf([d0, m0, r1, p1])}`,
      })
    ).id,
    (
      await makeImport(db, files, {
        kind: "attendance",
        eventId: events.workshop,
        createdBy: partnerUser,
        organizationId: organizations.partner,
        content: `Ime,Prezime,Spol,Institucija\r\n${namesOf([d1, m1, p0])}`,
      })
    ).id,
    (await makeImport(db, files, { kind: "organisations", createdBy: users.administrator.userId })).id,
  );
}
