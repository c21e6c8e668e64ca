/**
 * How an import recognises what a file names: places and organisations by their folded names,
 * registered people by name keys one edit apart.
 */
import { nameKey, personKey } from "../../imports/read/index.js";
import type { RegistryMunicipality, RegistryOrganisation, RegistryPerson } from "./imports.queries.js";
/** The key an organisation or a place is recognised by: folded as names are. */
export const foldKey = (text: string) => nameKey(text);

/** A place's key without the "Grad"/"Općina"/"Opština" in front of it. */
export function placeKey(text: string): string {
  return foldKey(text).replace(/^(grad|opcina|opstina)\s+/, "");
}

/** Municipalities and Brčko District by their names in either script, with and without diacritics. */
export function municipalityIndex(municipalities: readonly RegistryMunicipality[]) {
  const index = new Map<string, RegistryMunicipality>();
  for (const place of municipalities) {
    const keys = [placeKey(place.nameLatin), placeKey(place.nameCyrillic)];
    if (place.kind === "district") {
      const first = place.nameLatin.split(" ")[0] ?? "";
      keys.push(placeKey(first), placeKey(`${first} distrikt`));
    }
    for (const key of keys) if (key && !index.has(key)) index.set(key, place);
  }
  return index;
}

/** Organisations by folded name, then by folded short name. */
export function organisationIndex(organisations: readonly RegistryOrganisation[]) {
  const index = new Map<string, RegistryOrganisation>();
  for (const organisation of organisations) index.set(foldKey(organisation.name), organisation);
  for (const organisation of organisations) {
    const key = organisation.shortName ? foldKey(organisation.shortName) : "";
    if (key && !index.has(key)) index.set(key, organisation);
  }
  return index;
}

/** Every string one character shorter than the key. */
function deletions(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < key.length; i++) out.push(key.slice(0, i) + key.slice(i + 1));
  return out;
}

/**
 * Registered people by person key and by every key one letter shorter, so that the candidates of a
 * name (the same key, swapped names, one edit apart) are found without comparing with everyone.
 */
export class PersonIndex {
  private readonly byKey = new Map<string, RegistryPerson[]>();

  constructor(people: readonly RegistryPerson[] = []) {
    for (const person of people) this.add(person);
  }

  /** The index of a large registry built in slices, giving other requests a turn in between. */
  static async build(people: readonly RegistryPerson[], pause: () => Promise<void>): Promise<PersonIndex> {
    const index = new PersonIndex();
    for (const person of people) {
      index.add(person);
      await pause();
    }
    return index;
  }

  private add(person: RegistryPerson) {
    const key = personKey(person.givenName, person.familyName);
    for (const variant of new Set([key, ...deletions(key)])) {
      const list = this.byKey.get(variant);
      if (list) list.push(person);
      else this.byKey.set(variant, [person]);
    }
  }

  /** The people whose key may be within one edit of the name, or of the name swapped. */
  candidates(givenName: string, familyName: string): RegistryPerson[] {
    const found = new Set<RegistryPerson>();
    for (const key of [personKey(givenName, familyName), personKey(familyName, givenName)]) {
      for (const variant of [key, ...deletions(key)])
        for (const person of this.byKey.get(variant) ?? []) found.add(person);
    }
    return [...found];
  }
}

/** The organisation key a person is compared by: the registered id, the folded text, or "none". */
export function personOrganisationKey(organizationId: string | null, text: string | null): string {
  if (organizationId) return organizationId;
  return text ? `text ${foldKey(text)}` : "none";
}

/**
 * A pause for long loops on the main thread: every `every` calls it waits for the event loop to
 * serve what else is waiting (other users' requests), so that analysing a large file never holds
 * the server for more than a few milliseconds at a time.
 */
export function turns(every = 250): () => Promise<void> {
  let calls = 0;
  return async () => {
    calls += 1;
    if (calls % every === 0) await new Promise<void>((resume) => setImmediate(resume));
  };
}
