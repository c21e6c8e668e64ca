import { describe, expect, it } from "vitest";
import {
  fieldSynonyms,
  headerKey,
  ignoredHeaders,
  importKinds,
  isKnownHeader,
  kindFields,
} from "./synonyms.js";

describe("headerKey", () => {
  it("folds case, diacritics, script and punctuation", () => {
    expect(headerKey("Općina")).toBe("opcina");
    expect(headerKey("Општина")).toBe("opstina");
    expect(headerKey("  Ime i prezime: ")).toBe("ime i prezime");
    expect(headerKey("R. br.")).toBe("r br");
    expect(headerKey("E-mail")).toBe("e mail");
    expect(headerKey("Spol (Ž/M)")).toBe("spol z m");
    expect(headerKey("Пол (Ж/М)")).toBe("pol z m");
  });
});

describe("synonyms", () => {
  it("are written as header keys", () => {
    for (const kind of importKinds) {
      for (const synonyms of Object.values<readonly string[]>(fieldSynonyms[kind])) {
        for (const synonym of synonyms) expect(headerKey(synonym)).toBe(synonym);
      }
    }
    for (const synonym of ignoredHeaders) expect(headerKey(synonym)).toBe(synonym);
  });

  it("give every field of every kind a list, and no synonym to two fields of one kind", () => {
    for (const kind of importKinds) {
      const synonyms = fieldSynonyms[kind] as Record<string, readonly string[]>;
      expect(Object.keys(synonyms).sort()).toEqual([...kindFields[kind]].sort());
      const seen = new Map<string, string>();
      for (const synonym of ignoredHeaders) seen.set(synonym, "(ignored)");
      for (const [field, list] of Object.entries(synonyms)) {
        for (const synonym of list) {
          expect(seen.get(synonym), `${kind}: "${synonym}" in ${field}`).toBeUndefined();
          seen.set(synonym, field);
        }
      }
    }
  });

  it("knows headers in every script", () => {
    expect(isKnownHeader(headerKey("Име и презиме"))).toBe(true);
    expect(isKnownHeader(headerKey("Potpis"))).toBe(true);
    expect(isKnownHeader(headerKey("Lista prisutnih"))).toBe(false);
    expect(isKnownHeader("")).toBe(false);
  });
});
