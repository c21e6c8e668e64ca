import { toLatin } from "./transliterate.js";

/** Whether every character is plain ASCII. */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * The search key of a text: Cyrillic transliterated to Latin, lower case, diacritics folded
 * (č ć → c, š → s, ž → z, đ → dj), punctuation collapsed to single spaces. The same function
 * builds the stored search column and the user's query, so "zene zenama", "Žene Ženama" and
 * "Жене Женама" all meet.
 */
export function toSearchKey(text: string): string {
  // Plain ASCII (most cells of a file, every id): nothing to transliterate or fold.
  if (isAscii(text))
    return text
      .toLowerCase()
      .replace(/[^a-z0-9@.]+/g, " ")
      .trim();
  return toLatin(text)
    .toLowerCase()
    .replace(/đ/g, "dj")
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/[^\p{L}\p{N}@.]+/gu, " ")
    .trim();
}

/** Joins the searchable fields of a row into one key; empty parts are left out. */
export function buildSearchKey(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((part): part is string => Boolean(part))
    .map(toSearchKey)
    .join(" ");
}
