/**
 * The fields each import kind knows, and the column headers local offices write for them. Headers
 * are compared through {@link headerKey}, so one Latin spelling without diacritics covers the
 * Cyrillic one and the spellings with and without č ć š ž đ: "Općina", "Opcina" and "Општина"
 * ("opstina") need only "opcina" and "opstina".
 */
import { toSearchKey } from "../../../common/text/search.js";

export {
  attendanceFields,
  type FieldOf,
  type ImportField,
  type ImportKind,
  importKinds,
  indicatorValueFields,
  kindFields,
  organisationFields,
  personFields,
} from "../../../common/schemas/imports.js";

import type {
  attendanceFields,
  FieldOf,
  ImportKind,
  indicatorValueFields,
  organisationFields,
  personFields,
} from "../../../common/schemas/imports.js";

import { importKinds as kinds } from "../../../common/schemas/imports.js";

/**
 * A header's comparison key: the search key (Cyrillic to Latin, lower case, diacritics folded,
 * đ → dj) with every punctuation mark, "." and "@" included, turned into a single space.
 */
export function headerKey(header: string): string {
  return toSearchKey(header).replace(/[.@]+/g, " ").replace(/\s+/g, " ").trim();
}

const organisationHeaders = [
  "institucija",
  "organizacija",
  "institucija organizacija",
  "organizacija institucija",
  "naziv institucije",
  "naziv organizacije",
  "ustanova",
  "poslodavac",
  "organisation",
  "organization",
  "institution",
  "employer",
  "agency",
];

const municipalityHeaders = [
  "opcina",
  "opstina",
  "grad",
  "opcina grad",
  "grad opcina",
  "opstina grad",
  "grad opstina",
  "mjesto",
  "mesto",
  "municipality",
  "city",
  "town",
];

/**
 * Header synonyms per field, written as header keys. A field's list may differ between kinds:
 * "Organizacija" is the organisation of a person in an attendance list and the name of the
 * organisation in a list of organisations.
 */
const personSynonyms: Record<(typeof personFields)[number], readonly string[]> = {
  fullName: [
    "ime i prezime",
    "prezime i ime",
    "ime prezime",
    "prezime ime",
    "ucesnik",
    "ucesnica",
    "ucesnik ca",
    "sudionik",
    "sudionica",
    "polaznik",
    "polaznica",
    "full name",
    "name",
    "name and surname",
    "participant",
  ],
  givenName: ["ime", "first name", "given name", "forename"],
  familyName: ["prezime", "last name", "surname", "family name"],
  sex: ["spol", "pol", "rod", "spol rod", "pol rod", "z m", "m z", "sex", "gender"],
  organisation: organisationHeaders,
  position: [
    "pozicija",
    "funkcija",
    "radno mjesto",
    "radno mesto",
    "zvanje",
    "polozaj",
    "zanimanje",
    "position",
    "job title",
    "title",
    "function",
  ],
  municipality: municipalityHeaders,
  email: ["e mail", "email", "e posta", "elektronska posta", "adresa e poste", "mejl", "mail"],
  phone: [
    "telefon",
    "tel",
    "broj telefona",
    "kontakt telefon",
    "mobitel",
    "mobilni",
    "mobilni telefon",
    "kontakt",
    "phone",
    "telephone",
    "mobile",
  ],
};

const attendanceOnlySynonyms = {
  role: ["uloga", "svojstvo", "uloga na obuci", "role"],
  attended: [
    "prisustvo",
    "prisutan",
    "prisutna",
    "prisutan na",
    "prisustvovao",
    "prisustvovala",
    "prisustvovao la",
    "attended",
    "attendance",
    "present",
  ],
  preScore: [
    "ulazni test",
    "pre test",
    "pretest",
    "pocetni test",
    "inicijalni test",
    "test prije",
    "test pre",
    "test prije obuke",
    "test pre obuke",
    "pre test score",
  ],
  postScore: [
    "izlazni test",
    "post test",
    "posttest",
    "zavrsni test",
    "finalni test",
    "test poslije",
    "test posle",
    "test poslije obuke",
    "test posle obuke",
    "post test score",
  ],
  maxScore: [
    "maksimalan broj bodova",
    "maksimalni broj bodova",
    "maks bodova",
    "max bodova",
    "maksimum bodova",
    "max score",
    "maximum score",
    "max points",
    "maximum points",
  ],
} satisfies Record<
  Exclude<(typeof attendanceFields)[number], (typeof personFields)[number]>,
  readonly string[]
>;

const organisationSynonyms: Record<(typeof organisationFields)[number], readonly string[]> = {
  name: [
    "naziv",
    "ime organizacije",
    "name",
    "organisation name",
    "organization name",
    ...organisationHeaders,
  ],
  shortName: [
    "skraceni naziv",
    "skracenica",
    "kratki naziv",
    "akronim",
    "short name",
    "acronym",
    "abbreviation",
  ],
  level: ["nivo", "razina", "nivo vlasti", "razina vlasti", "level", "level of government"],
  sector: ["sektor", "oblast", "podrucje", "sector", "area"],
  municipality: municipalityHeaders,
};

const indicatorValueSynonyms: Record<(typeof indicatorValueFields)[number], readonly string[]> = {
  indicatorCode: [
    "indikator",
    "sifra indikatora",
    "kod indikatora",
    "oznaka indikatora",
    "sifra",
    "indicator",
    "indicator code",
    "code",
  ],
  category: [
    "kategorija",
    "razvrstavanje",
    "disagregacija",
    "dezagregacija",
    "dimenzija",
    "category",
    "breakdown",
  ],
  value: ["vrijednost", "vrednost", "iznos", "broj", "ukupno", "value", "total", "count"],
};

/** Header synonyms of every field of each kind. */
export const fieldSynonyms: { readonly [K in ImportKind]: Readonly<Record<FieldOf<K>, readonly string[]>> } =
  {
    attendance: { ...personSynonyms, ...attendanceOnlySynonyms },
    people: personSynonyms,
    organisations: organisationSynonyms,
    indicatorValues: indicatorValueSynonyms,
  };

/**
 * Headers of columns that are never imported: the signature a participant signs on the printed
 * list, the row number, a remark.
 */
export const ignoredHeaders: readonly string[] = [
  "potpis",
  "potpis ucesnika",
  "potpis ucesnice",
  "signature",
  "r br",
  "rb",
  "redni broj",
  "br",
  "no",
  "nr",
  "napomena",
  "primjedba",
  "primedba",
  "note",
  "notes",
  "remark",
];

/** Whether a header key names a known field of any kind (or a column known to be ignored). */
export function isKnownHeader(key: string): boolean {
  if (key === "") return false;
  if (ignoredHeaders.includes(key)) return true;
  return kinds.some((kind) =>
    Object.values<readonly string[]>(fieldSynonyms[kind]).some((synonyms) => synonyms.includes(key)),
  );
}

/** Every synonym of every kind and every ignored header, once each. */
export const allKnownHeaders: readonly string[] = [
  ...new Set([
    ...ignoredHeaders,
    ...kinds.flatMap((kind) => Object.values<readonly string[]>(fieldSynonyms[kind]).flat()),
  ]),
];
