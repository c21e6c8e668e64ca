/**
 * The words local lists use for the closed vocabularies an import fills: a participant's role, an
 * organisation's level and sector. Words are compared through their search key (diacritics and
 * script folded), so "Međunarodni", "Medjunarodni" and "Међународни" are one word.
 */
import {
  type OrganizationLevel,
  type OrganizationSector,
  organizationLevels,
  organizationSectors,
  type ParticipationRole,
  participationRoles,
} from "../../../common/schemas/enums.js";
import { toSearchKey } from "../../../common/text/search.js";

/** A word's comparison key: the search key with dots, dashes and underscores as spaces. */
export function wordKey(text: string): string {
  return toSearchKey(text.replace(/[_.-]+/g, " "))
    .replace(/\s+/g, " ")
    .trim();
}

/** A lookup from word keys to values; every value also stands for itself ("co_trainer"). */
function vocabulary<T extends string>(values: readonly T[], words: Record<T, readonly string[]>) {
  const table = new Map<string, T>();
  for (const value of values) {
    table.set(wordKey(value), value);
    for (const word of words[value]) table.set(wordKey(word), value);
  }
  return (text: string): T | undefined => table.get(wordKey(text));
}

/** A participant's role as written on an attendance list. */
export const readRole = vocabulary<ParticipationRole>(participationRoles, {
  participant: ["učesnik", "učesnica", "sudionik", "sudionica", "polaznik", "polaznica", "participant"],
  trainer: ["trener", "trenerica", "trenerka", "edukator", "edukatorica", "predavač", "predavačica"],
  co_trainer: ["kotrener", "ko trener", "pomoćni trener", "co trainer", "cotrainer"],
  speaker: ["govornik", "govornica", "panelist", "panelistkinja", "izlagač", "izlagačica", "speaker"],
  organiser: ["organizator", "organizatorica", "organizatorka", "organizer", "organiser"],
  observer: ["posmatrač", "posmatračica", "promatrač", "promatračica", "observer"],
});

/** An organisation's level of government. */
export const readLevel = vocabulary<OrganizationLevel>(organizationLevels, {
  international: ["međunarodni", "međunarodna", "međunarodno", "international"],
  state: ["državni", "državna", "državno", "država", "BiH", "nivo BiH", "state"],
  entity: ["entitet", "entitetski", "entitetska", "entitetsko", "FBiH", "RS", "Brčko distrikt", "entity"],
  canton: ["kanton", "kantonalni", "kantonalna", "kantonalno", "županija", "županijski", "canton"],
  municipality: [
    "općina",
    "općinski",
    "općinska",
    "opština",
    "opštinski",
    "opštinska",
    "grad",
    "gradski",
    "lokalni",
    "lokalna",
    "lokalno",
    "local",
    "municipality",
  ],
});

/** An organisation's sector. */
export const readSector = vocabulary<OrganizationSector>(organizationSectors, {
  defence: ["odbrana", "obrana", "odbrane", "obrane", "defence", "defense"],
  police: ["policija", "policijski", "police"],
  border: ["granična policija", "granica", "granični", "border", "border police"],
  intelligence: ["obavještajni", "obavještajna", "obavještajno", "obavještajne", "intelligence"],
  justice: ["pravosuđe", "pravda", "pravosudni", "justice", "judiciary"],
  gender_mechanism: ["gender mehanizam", "rodni mehanizam", "ravnopravnost spolova", "gender mechanism"],
  other_government: ["uprava", "vlada", "ministarstvo", "državna uprava", "government", "other government"],
  local_government: ["lokalna uprava", "lokalna samouprava", "local government", "local self government"],
  civil_society: [
    "nvo",
    "ngo",
    "civilno društvo",
    "nevladina organizacija",
    "udruženje",
    "udruga",
    "civil society",
  ],
  international_organization: ["međunarodna organizacija", "international organisation", "international"],
  media: ["mediji", "medij", "media"],
  academia: ["akademska zajednica", "univerzitet", "sveučilište", "fakultet", "academia", "university"],
});
