import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeText, plausibility } from "./decode.js";
import { encodeSingleByte, encodeUtf8 } from "./fixtures.js";

const bcsLatin = "abcčćddžđefghijklljmnnjoprsštuvzžABCČĆDĐEFGHIJKLMNOPRSŠTUVZŽ";
const serbianCyrillic = "абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ";
const separators = " ;,.\r\n0123456789";

/** Text of words from an alphabet, separated by spaces, punctuation, digits and line ends. */
function textOf(alphabet: string): fc.Arbitrary<string> {
  return fc.string({ unit: fc.constantFrom(...alphabet, ...separators), maxLength: 60 });
}

/** Cyrillic letters whose Windows-1251 byte reads as č ć š ž đ in Windows-1250. */
const ambiguousCyrillic = "ижљћрИЖЉЋР";

/** Whether single-byte text happens to be valid UTF-8 too (then it is read as UTF-8, by rule). */
function isNonAsciiUtf8(bytes: Uint8Array): boolean {
  if (bytes.every((byte) => byte < 0x80)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

describe("decodeText", () => {
  it("reads a UTF-8 file with a byte order mark and drops the mark", () => {
    expect(decodeText(encodeUtf8("Ime;Spol\r\nŽana;Ž", true))).toEqual({
      text: "Ime;Spol\r\nŽana;Ž",
      encoding: "utf-8-bom",
    });
  });

  it("reads valid UTF-8 without a mark, plain ASCII included", () => {
    expect(decodeText(encodeUtf8("Име;Пол"))).toEqual({ text: "Име;Пол", encoding: "utf-8" });
    expect(decodeText(encodeUtf8("Name;Sex"))).toEqual({ text: "Name;Sex", encoding: "utf-8" });
  });

  it("recognises a Windows-1250 attendance list", () => {
    const text =
      "Lista prisutnih;;\r\nIme i prezime;Spol;Općina\r\nDženana Hadžić;Ž;Zenica\r\nĐorđe Šarić;M;Tuzla";
    expect(decodeText(encodeSingleByte(text, "windows-1250"))).toEqual({ text, encoding: "windows-1250" });
  });

  it("recognises a Windows-1251 attendance list", () => {
    const text =
      "Списак присутних;;\r\nИме и презиме;Пол;Општина\r\nЈелена Петровић;Ж;Бијељина\r\nЂорђе Шарић;М;Требиње";
    expect(decodeText(encodeSingleByte(text, "windows-1251"))).toEqual({ text, encoding: "windows-1251" });
  });

  it("sends a text of letters that read plausibly either way to Windows-1250", () => {
    expect(decodeText(encodeSingleByte("Spol;Ž", "windows-1250")).encoding).toBe("windows-1250");
  });

  it("scores misreadings below the right reading", () => {
    expect(plausibility("Hadžić")).toBeGreaterThan(0);
    expect(plausibility("Hadћж")).toBeLessThan(0);
    expect(plausibility("Петровић")).toBeGreaterThan(0);
    expect(plausibility("Ďĺňđîâčć")).toBeLessThan(0);
    expect(plausibility("Ivan Horvat")).toBe(0);
  });

  it("round-trips any BCS Latin text through Windows-1250", () => {
    fc.assert(
      fc.property(textOf(bcsLatin), (text) => {
        const bytes = encodeSingleByte(text, "windows-1250");
        fc.pre(!isNonAsciiUtf8(bytes));
        expect(decodeText(bytes).text).toBe(text);
      }),
    );
  });

  it("round-trips any Serbian Cyrillic text through Windows-1251", () => {
    fc.assert(
      fc.property(textOf(serbianCyrillic), (text) => {
        // Text whose only Cyrillic letters are и ж љ ћ р (and capitals) is byte for byte also Latin
        // č ć š ž đ: no reader can tell the two apart.
        fc.pre([...text].some((ch) => serbianCyrillic.includes(ch) && !ambiguousCyrillic.includes(ch)));
        const bytes = encodeSingleByte(text, "windows-1251");
        fc.pre(!isNonAsciiUtf8(bytes));
        expect(decodeText(bytes).text).toBe(text);
      }),
    );
  });

  it("round-trips any text through UTF-8, with and without the byte order mark", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), fc.boolean(), (text, withBom) => {
        // Without the mark, a text that itself starts with U+FEFF would read as marked.
        fc.pre(withBom || !text.startsWith("\uFEFF"));
        const decoded = decodeText(encodeUtf8(text, withBom));
        expect(decoded.text).toBe(text);
        if (withBom) expect(decoded.encoding).toBe("utf-8-bom");
      }),
    );
  });
});
