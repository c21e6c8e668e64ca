/**
 * Serbian Cyrillic ⇄ Latin (gajica) transliteration, letter for letter as in the official
 * correspondence table. Latin → Cyrillic reads the digraphs lj, nj, dž as one letter.
 */

const cyrillicToLatinMap: Record<string, string> = {
  А: "A",
  Б: "B",
  В: "V",
  Г: "G",
  Д: "D",
  Ђ: "Đ",
  Е: "E",
  Ж: "Ž",
  З: "Z",
  И: "I",
  Ј: "J",
  К: "K",
  Л: "L",
  Љ: "Lj",
  М: "M",
  Н: "N",
  Њ: "Nj",
  О: "O",
  П: "P",
  Р: "R",
  С: "S",
  Т: "T",
  Ћ: "Ć",
  У: "U",
  Ф: "F",
  Х: "H",
  Ц: "C",
  Ч: "Č",
  Џ: "Dž",
  Ш: "Š",
  а: "a",
  б: "b",
  в: "v",
  г: "g",
  д: "d",
  ђ: "đ",
  е: "e",
  ж: "ž",
  з: "z",
  и: "i",
  ј: "j",
  к: "k",
  л: "l",
  љ: "lj",
  м: "m",
  н: "n",
  њ: "nj",
  о: "o",
  п: "p",
  р: "r",
  с: "s",
  т: "t",
  ћ: "ć",
  у: "u",
  ф: "f",
  х: "h",
  ц: "c",
  ч: "č",
  џ: "dž",
  ш: "š",
};

const latinDigraphs: Record<string, string> = {
  Lj: "Љ",
  LJ: "Љ",
  lj: "љ",
  Nj: "Њ",
  NJ: "Њ",
  nj: "њ",
  Dž: "Џ",
  DŽ: "Џ",
  dž: "џ",
};

const latinToCyrillicMap: Record<string, string> = Object.fromEntries(
  Object.entries(cyrillicToLatinMap)
    .filter(([, latin]) => latin.length === 1)
    .map(([cyrillic, latin]) => [latin, cyrillic]),
);

export function toLatin(text: string): string {
  // Every letter transliterated lies in the Cyrillic block; a text without one stays as it is.
  if (!/[\u0400-\u04ff]/.test(text)) return text;
  let out = "";
  for (const ch of text) out += cyrillicToLatinMap[ch] ?? ch;
  return out;
}

export function toCyrillic(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const pair = text.slice(i, i + 2);
    const digraph = latinDigraphs[pair];
    if (digraph) {
      out += digraph;
      i++;
      continue;
    }
    const ch = text[i] as string;
    out += latinToCyrillicMap[ch] ?? ch;
  }
  return out;
}

export function hasCyrillic(text: string): boolean {
  return /[\u0400-\u04FF]/.test(text);
}
