/**
 * Bytes of an uploaded text file → text, with the encoding recognised. Files come from Excel on
 * Windows in local offices: UTF-8 (with or without a byte order mark) when saved as "CSV UTF-8",
 * otherwise the ANSI code page of the machine, Windows-1250 (Latin, Bosnian and Croatian) or
 * Windows-1251 (Cyrillic, Serbian).
 */

export type TextEncodingName = "utf-8-bom" | "utf-8" | "windows-1250" | "windows-1251";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
}

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const windows1250 = new TextDecoder("windows-1250");
const windows1251 = new TextDecoder("windows-1251");

/** The Latin letters with diacritics of Bosnian, Croatian and Serbian. */
const bcsDiacritics = new Set("čćšžđČĆŠŽĐ");

/** The letters of the Serbian Cyrillic alphabet (the others still count as Cyrillic, less so). */
const serbianCyrillic = new Set("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ");

/**
 * Letters that cannot tell the two code pages apart: each is the Windows-1250 reading of a byte whose
 * Windows-1251 reading is a Cyrillic letter, and the other way round (č = и, ž = ћ, Đ = Р, …).
 * A word made of these letters only reads plausibly either way.
 */
const ambiguousLetters: ReadonlySet<string> = (() => {
  const letters = new Set<string>();
  for (let byte = 0x80; byte <= 0xff; byte++) {
    const latin = windows1250.decode(Uint8Array.of(byte));
    const cyrillic = windows1251.decode(Uint8Array.of(byte));
    if (bcsDiacritics.has(latin) && isCyrillic(cyrillic)) {
      letters.add(latin);
      letters.add(cyrillic);
    }
  }
  return letters;
})();

/** A letter of the Cyrillic blocks (U+0400–U+052F, U+1C80–U+1C8F, U+2DE0–U+2DFF, U+A640–U+A69F). */
function isCyrillic(ch: string): boolean {
  const code = ch.codePointAt(0) ?? 0;
  return (
    (code >= 0x0400 && code <= 0x052f) ||
    (code >= 0x1c80 && code <= 0x1c8f) ||
    (code >= 0x2de0 && code <= 0x2dff) ||
    (code >= 0xa640 && code <= 0xa69f)
  );
}

function isAsciiLetter(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch.length === 1 && ((code >= 65 && code <= 90) || (code >= 97 && code <= 122));
}

/**
 * How plausible one word (a run of letters) is as Bosnian, Croatian or Serbian:
 * - a word of ambiguous letters only scores 0;
 * - a word mixing Cyrillic with Latin letters scores −2 per non-ASCII letter (a misreading);
 * - a Cyrillic word scores 2 per Serbian letter and 1 per other Cyrillic letter;
 * - a Latin word with at least one ASCII letter scores 2 per č ć š ž đ and 1 per other accented letter;
 * - a Latin word of accented letters only, not all of them č ć š ž đ, scores −2 per letter (Cyrillic
 *   bytes read as Windows-1250 look like "Ďĺňŕđ": no plain ASCII letter in them).
 * Plain ASCII words read the same in every code page and score 0.
 */
function scoreWord(word: string): number {
  const letters = [...word];
  if (letters.every((ch) => ambiguousLetters.has(ch))) return 0;
  let cyrillic = 0;
  let serbian = 0;
  let ascii = 0;
  let diacritic = 0;
  let otherLatin = 0;
  for (const ch of letters) {
    if (isCyrillic(ch)) {
      cyrillic++;
      if (serbianCyrillic.has(ch)) serbian++;
    } else if (isAsciiLetter(ch)) ascii++;
    else if (bcsDiacritics.has(ch)) diacritic++;
    else otherLatin++;
  }
  const nonAscii = cyrillic + diacritic + otherLatin;
  if (cyrillic > 0 && cyrillic < letters.length) return -2 * nonAscii;
  if (cyrillic > 0) return 2 * serbian + (cyrillic - serbian);
  if (ascii > 0) return 2 * diacritic + otherLatin;
  return otherLatin > 0 ? -2 * nonAscii : 0;
}

/**
 * The plausibility of a whole decoded text: the sum over its words, minus 1 for every C1 control
 * character or replacement character (bytes a code page leaves undefined).
 */
export function plausibility(text: string): number {
  let score = 0;
  for (const match of text.matchAll(/[\p{L}\p{M}]+/gu)) score += scoreWord(match[0]);
  for (const _ of text.matchAll(/[\u0080-\u009f\ufffd]/g)) score -= 1;
  return score;
}

function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Strict.decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes a file: a UTF-8 byte order mark wins; then bytes that are valid UTF-8 are read as UTF-8
 * (plain ASCII included); otherwise the text is read as Windows-1250 and as Windows-1251 and the
 * reading with the higher {@link plausibility} is kept. Text in a Windows code page is hardly ever
 * valid UTF-8 by chance: its lower-case letters (bytes E0–FF) would each have to be followed by two
 * bytes from 80–BF. A tie (only letters that read plausibly
 * either way, such as a lone "Ž") goes to Windows-1250.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8-bom" };
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: "utf-8" };
  const latin = windows1250.decode(bytes);
  const cyrillic = windows1251.decode(bytes);
  return plausibility(cyrillic) > plausibility(latin)
    ? { text: cyrillic, encoding: "windows-1251" }
    : { text: latin, encoding: "windows-1250" };
}
