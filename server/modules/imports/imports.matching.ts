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

/** The base of the variants' polynomial hashes (a prime; arithmetic modulo 2^32). */
const BASE = 1_000_003;
let prefixes = new Int32Array(128);

/**
 * The 32-bit hashes of a key and of every string one character shorter than it, computed from
 * running prefix and suffix hashes without building a single string: what indexing tens of
 * thousands of names by their variants would otherwise spend most of its time on. A collision only
 * adds a candidate, which the comparison of the keys themselves then drops. Written into `out`
 * (the key's hash first, then the deletions from the last letter to the first); answers how many.
 */
export function variantHashes(key: string, out: Int32Array): number {
  const n = key.length;
  if (prefixes.length <= n) prefixes = new Int32Array(2 * n + 2);
  for (let i = 0; i < n; i++) prefixes[i + 1] = Math.imul(prefixes[i] as number, BASE) + key.charCodeAt(i);
  out[0] = prefixes[n] as number;
  // Going backwards: `suffix` is the hash of key[i + 1..n), `power` is BASE^(n - 1 - i).
  let suffix = 0;
  let power = 1;
  for (let i = n - 1; i >= 0; i--) {
    out[n - i] = Math.imul(prefixes[i] as number, power) + suffix;
    suffix = (Math.imul(key.charCodeAt(i), power) + suffix) | 0;
    power = Math.imul(power, BASE);
  }
  return n + 1;
}

/**
 * Hashes → the names that have them: an open-addressing table in typed arrays (a `Map` of 300,000
 * numbers is several times slower to fill and to ask), each slot heading a chain of names.
 */
class VariantIndex {
  readonly #bits: number;
  readonly #keys: Int32Array;
  readonly #heads: Int32Array;
  readonly #names: Int32Array;
  readonly #next: Int32Array;
  #entries = 0;

  constructor(capacity: number) {
    this.#bits = Math.max(4, Math.ceil(Math.log2(2 * capacity + 1)));
    this.#keys = new Int32Array(1 << this.#bits);
    this.#heads = new Int32Array(1 << this.#bits).fill(-1);
    this.#names = new Int32Array(capacity);
    this.#next = new Int32Array(capacity);
  }

  /** The slot of a hash: where it is, or the empty one where it would go. */
  #slot(hash: number): number {
    const mask = (1 << this.#bits) - 1;
    let slot = Math.imul(hash, 0x9e3779b1) >>> (32 - this.#bits);
    while (this.#heads[slot] !== -1 && this.#keys[slot] !== hash) slot = (slot + 1) & mask;
    return slot;
  }

  add(hash: number, name: number): void {
    const slot = this.#slot(hash);
    const head = this.#heads[slot] as number;
    if (head !== -1 && this.#names[head] === name) return;
    const entry = this.#entries++;
    this.#names[entry] = name;
    this.#next[entry] = head;
    this.#keys[slot] = hash;
    this.#heads[slot] = entry;
  }

  /** The first entry of a hash's chain, -1 when none; `name` and `next` walk it. */
  first(hash: number): number {
    return this.#heads[this.#slot(hash)] as number;
  }

  name(entry: number): number {
    return this.#names[entry] as number;
  }

  next(entry: number): number {
    return this.#next[entry] as number;
  }
}

/**
 * The registered people each name of a file may be (the same key, the names swapped, one edit
 * apart; names of one key share one list): the hashes of the file's keys, swapped keys and every key one letter shorter are
 * indexed, then the registry is read once, each person's stored key and its one-letter-shorter
 * keys looked up. Two keys within one edit share a variant, so nobody is compared with everyone;
 * indexing the file rather than the registry keeps a short list cheap however large the registry
 * is. The registry is read in slices (`pause`) so that other requests are served meanwhile.
 */
export async function registryCandidates<Person extends Pick<RegistryPerson, "nameKey">>(
  names: readonly { givenName: string; familyName: string }[],
  registry: readonly Person[],
  pause: () => Promise<void>,
): Promise<Person[][]> {
  let hashes = new Int32Array(128);
  const hashesOf = (key: string) => {
    if (hashes.length <= key.length) hashes = new Int32Array(2 * key.length + 2);
    return variantHashes(key, hashes);
  };
  // Names of one key have the same candidates: each key is looked up once (a list of namesakes
  // would otherwise collect the same few hundred people for every row).
  const slotOf = new Map<string, number>();
  const keys: string[][] = [];
  const slots = names.map((name) => {
    const key = personKey(name.givenName, name.familyName);
    let slot = slotOf.get(key);
    if (slot === undefined) {
      slot = keys.length;
      slotOf.set(key, slot);
      keys.push([key, personKey(name.familyName, name.givenName)]);
    }
    return slot;
  });
  const variants = keys.reduce((sum, pair) => sum + pair.reduce((n, key) => n + key.length + 1, 0), 0);
  const index = new VariantIndex(variants);
  keys.forEach((pair, at) => {
    for (const key of pair) {
      const count = hashesOf(key);
      for (let i = 0; i < count; i++) index.add(hashes[i] as number, at);
    }
  });
  const found: Person[][] = keys.map(() => []);
  const last = new Array<Person | undefined>(keys.length);
  for (const person of registry) {
    await pause();
    const count = hashesOf(person.nameKey);
    for (let i = 0; i < count; i++) {
      for (let entry = index.first(hashes[i] as number); entry !== -1; entry = index.next(entry)) {
        const at = index.name(entry);
        // A person reaches one name through several variants; `last` keeps them listed once.
        if (last[at] === person) continue;
        last[at] = person;
        found[at]?.push(person);
      }
    }
  }
  return slots.map((slot) => found[slot] as Person[]);
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
