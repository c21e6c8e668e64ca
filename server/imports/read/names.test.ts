import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toCyrillic } from "../../../common/text/transliterate.js";
import { type KnownPerson, matchPerson, nameKey, personKey, splitFullName } from "./names.js";

describe("personKey", () => {
  it("folds diacritics, script and the digraphs", () => {
    const key = personKey("Dženana", "Hadžić");
    expect(personKey("Dzenana", "Hadzic")).toBe(key);
    expect(personKey("Џенана", "Хаџић")).toBe(key);
    expect(personKey("DŽENANA", "HADŽIĆ")).toBe(key);
    expect(personKey("Љиљана", "Њежић")).toBe(personKey("Ljiljana", "Nježić"));
    expect(personKey("Đorđe", "Đurić")).toBe(personKey("Djordje", "Djuric"));
    expect(personKey("Ђорђе", "Ђурић")).toBe(personKey("Dorde", "Duric"));
    expect(nameKey("Hadžić-Kovač")).toBe("hadzic kovac");
  });
});

describe("splitFullName", () => {
  it("splits by the order the column uses", () => {
    expect(splitFullName(" Ana  Marija Kovač ")).toEqual({ givenName: "Ana Marija", familyName: "Kovač" });
    expect(splitFullName("Kovač Ana", "family-first")).toEqual({ givenName: "Ana", familyName: "Kovač" });
    expect(splitFullName("Kovač")).toEqual({ givenName: "", familyName: "Kovač" });
  });

  it("takes the family name before a comma, whatever the column's order", () => {
    expect(splitFullName("Hodžić, Amra")).toEqual({ givenName: "Amra", familyName: "Hodžić" });
    expect(splitFullName("Kovač,  Ana Marija", "family-first")).toEqual({
      givenName: "Ana Marija",
      familyName: "Kovač",
    });
    expect(splitFullName("Петровић, Јелена")).toEqual({ givenName: "Јелена", familyName: "Петровић" });
    // A stray comma at an end is no comma form.
    expect(splitFullName("Amra Hodžić,")).toEqual({ givenName: "Amra", familyName: "Hodžić" });
  });

  it("takes the words in capitals as the family name, written as a name", () => {
    expect(splitFullName("HODŽIĆ Amra")).toEqual({ givenName: "Amra", familyName: "Hodžić" });
    expect(splitFullName("Amra HODŽIĆ", "family-first")).toEqual({ givenName: "Amra", familyName: "Hodžić" });
    expect(splitFullName("ĐURIĆ-KOVAČ Ana Marija")).toEqual({
      givenName: "Ana Marija",
      familyName: "Đurić-Kovač",
    });
    expect(splitFullName("ПЕТРОВИЋ Јелена")).toEqual({ givenName: "Јелена", familyName: "Петровић" });
    // All in capitals says nothing: the column's order decides.
    expect(splitFullName("AMRA HODŽIĆ")).toEqual({ givenName: "AMRA", familyName: "HODŽIĆ" });
    // Initials are not a family name in capitals.
    expect(splitFullName("Amra B. Hodžić")).toEqual({ givenName: "Amra B.", familyName: "Hodžić" });
  });
});

describe("matchPerson", () => {
  const people: KnownPerson[] = [
    { id: "p1", givenName: "Dženana", familyName: "Hadžić", organisationKey: "Udruženje Medica Zenica" },
    { id: "p2", givenName: "Amela", familyName: "Begić", organisationKey: "Općina Tuzla" },
    { id: "p3", givenName: "Jelena", familyName: "Petrović", organisationKey: null },
  ];

  it("is exact when name and organisation agree, however written", () => {
    expect(
      matchPerson({ givenName: "Dzenana", familyName: "Hadzic" }, people, "udruzenje medica zenica"),
    ).toEqual({
      kind: "exact",
      id: "p1",
    });
    expect(
      matchPerson({ givenName: "Џенана", familyName: "Хаџић" }, people, "Удружење Медица Зеница"),
    ).toEqual({
      kind: "exact",
      id: "p1",
    });
  });

  it("is likely when the organisation differs or is missing", () => {
    expect(matchPerson({ givenName: "Dženana", familyName: "Hadžić" }, people, "Općina Zenica")).toEqual({
      kind: "likely",
      ids: ["p1"],
    });
    expect(matchPerson({ givenName: "Dženana", familyName: "Hadžić" }, people)).toEqual({
      kind: "likely",
      ids: ["p1"],
    });
    expect(matchPerson({ givenName: "Jelena", familyName: "Petrović" }, people, "MUP RS")).toEqual({
      kind: "likely",
      ids: ["p3"],
    });
  });

  it("is likely when the names are one edit apart or swapped", () => {
    expect(matchPerson({ givenName: "Amila", familyName: "Begić" }, people, "Općina Tuzla")).toEqual({
      kind: "likely",
      ids: ["p2"],
    });
    expect(matchPerson({ givenName: "Begić", familyName: "Amela" }, people, "Općina Tuzla")).toEqual({
      kind: "likely",
      ids: ["p2"],
    });
  });

  it("does not pick one of two people with the same name and organisation", () => {
    const twins: KnownPerson[] = [
      { id: "a", givenName: "Ana", familyName: "Kovač", organisationKey: "OSCE" },
      { id: "b", givenName: "Ana", familyName: "Kovac", organisationKey: "osce" },
    ];
    expect(matchPerson({ givenName: "Ana", familyName: "Kovač" }, twins, "OSCE")).toEqual({
      kind: "likely",
      ids: ["a", "b"],
    });
  });

  it("offers at most ten of many namesakes, the event's participants first", () => {
    const namesakes: KnownPerson[] = Array.from({ length: 40 }, (_, i) => ({
      id: `p${String(i).padStart(2, "0")}`,
      givenName: "Amra",
      familyName: "Hadžić",
      organisationKey: `Organizacija ${i}`,
    }));
    const close = { id: "z-close", givenName: "Amra", familyName: "Hadžići", organisationKey: "MUP KS" };
    const amra = { givenName: "Amra", familyName: "Hadzic" };
    expect(matchPerson(amra, [...namesakes, close], "MUP KS", new Set(["p39", "z-close"]))).toEqual({
      kind: "likely",
      ids: ["p39", "z-close", "p00", "p01", "p02", "p03", "p04", "p05", "p06", "p07"],
    });
    expect(matchPerson(amra, [...namesakes, close], "MUP KS")).toEqual({
      kind: "likely",
      ids: ["p00", "p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09"],
    });
    // Ten or fewer: all of them, exact names first.
    expect(matchPerson(amra, [close, ...namesakes.slice(0, 3)], "MUP KS")).toEqual({
      kind: "likely",
      ids: ["p00", "p01", "p02", "z-close"],
    });
  });

  it("is new otherwise", () => {
    expect(matchPerson({ givenName: "Mirza", familyName: "Delić" }, people, "Općina Tuzla")).toEqual({
      kind: "new",
    });
    expect(matchPerson({ givenName: " ", familyName: "" }, people)).toEqual({ kind: "new" });
  });

  const latinWord = fc
    .string({ unit: fc.constantFrom(..."abcčćdđefghijklmnoprsštuvzž"), minLength: 1, maxLength: 10 })
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  const organisation = fc.string({
    unit: fc.constantFrom(..."abcčćdđefghijklmnoprsštuvzž "),
    minLength: 1,
    maxLength: 20,
  });

  /** Diacritics taken off the way people type without them: đ as dj or d. */
  function withoutDiacritics(text: string, dAsDj: boolean): string {
    const plain: Record<string, string> = {
      č: "c",
      ć: "c",
      š: "s",
      ž: "z",
      đ: dAsDj ? "dj" : "d",
      Č: "C",
      Ć: "C",
      Š: "S",
      Ž: "Z",
      Đ: dAsDj ? "Dj" : "D",
    };
    return [...text].map((ch) => plain[ch] ?? ch).join("");
  }

  it("matches a name and its Cyrillic spelling exactly, both ways", () => {
    fc.assert(
      fc.property(latinWord, latinWord, organisation, (given, family, org) => {
        fc.pre(org.trim() !== "");
        const latin = { id: "l", givenName: given, familyName: family, organisationKey: org };
        const cyrillic = {
          id: "c",
          givenName: toCyrillic(given),
          familyName: toCyrillic(family),
          organisationKey: toCyrillic(org),
        };
        expect(matchPerson(latin, [cyrillic], latin.organisationKey)).toEqual({ kind: "exact", id: "c" });
        expect(matchPerson(cyrillic, [latin], cyrillic.organisationKey)).toEqual({ kind: "exact", id: "l" });
      }),
    );
  });

  it("keeps an exact match exact when diacritics are added or taken off", () => {
    fc.assert(
      fc.property(latinWord, latinWord, organisation, fc.boolean(), (given, family, org, dAsDj) => {
        fc.pre(org.trim() !== "");
        const known = [{ id: "k", givenName: given, familyName: family, organisationKey: org }];
        const plain = {
          givenName: withoutDiacritics(given, dAsDj),
          familyName: withoutDiacritics(family, dAsDj),
        };
        expect(matchPerson({ givenName: given, familyName: family }, known, org)).toEqual({
          kind: "exact",
          id: "k",
        });
        expect(matchPerson(plain, known, withoutDiacritics(org, dAsDj))).toEqual({ kind: "exact", id: "k" });
        const plainKnown = [{ id: "k", ...plain, organisationKey: withoutDiacritics(org, dAsDj) }];
        expect(matchPerson({ givenName: given, familyName: family }, plainKnown, org)).toEqual({
          kind: "exact",
          id: "k",
        });
      }),
    );
  });
});
