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
 * The registered people each name of a file may be (the same key, the names swapped, one edit
 * apart): the file's keys, swapped keys and every key one letter shorter are indexed, then the
 * registry is read once, each person's key and its one-letter-shorter keys looked up. Two keys
 * within one edit share a variant, so nobody is compared with everyone; indexing the file rather
 * than the registry keeps a short list cheap however large the registry is. The registry is read
 * in slices (`pause`) so that other requests are served meanwhile.
 */
export async function registryCandidates<Person extends Pick<RegistryPerson, "nameKey">>(
  names: readonly { givenName: string; familyName: string }[],
  registry: readonly Person[],
  pause: () => Promise<void>,
): Promise<Person[][]> {
  const byVariant = new Map<string, number[]>();
  names.forEach((name, index) => {
    const key = personKey(name.givenName, name.familyName);
    const swapped = personKey(name.familyName, name.givenName);
    for (const variant of new Set([key, swapped, ...deletions(key), ...deletions(swapped)])) {
      const list = byVariant.get(variant);
      if (list) list.push(index);
      else byVariant.set(variant, [index]);
    }
  });
  const found = names.map(() => new Set<Person>());
  for (const person of registry) {
    await pause();
    const key = person.nameKey;
    for (const variant of [key, ...deletions(key)]) {
      for (const index of byVariant.get(variant) ?? []) found[index]?.add(person);
    }
  }
  return found.map((people) => [...people]);
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
