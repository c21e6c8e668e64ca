import { describe, expect, it } from "vitest";
import { closeness, mapRow, suggestMapping } from "./mapping.js";

/** Only the suggested fields, column by column. */
function fields(headers: string[], kind: Parameters<typeof suggestMapping>[1]) {
  return suggestMapping(headers, kind).map((suggestion) => suggestion.field);
}

describe("suggestMapping", () => {
  it("maps a Latin attendance list with diacritics", () => {
    expect(
      fields(
        [
          "R.br.",
          "Ime i prezime",
          "Spol",
          "Institucija",
          "Radno mjesto",
          "Općina",
          "Ulazni test",
          "Izlazni test",
          "Potpis",
        ],
        "attendance",
      ),
    ).toEqual([
      null,
      "fullName",
      "sex",
      "organisation",
      "position",
      "municipality",
      "preScore",
      "postScore",
      null,
    ]);
  });

  it("maps the same list written without diacritics", () => {
    expect(fields(["Ime i prezime", "Spol", "Opcina", "Pozicija", "Ulazni test"], "attendance")).toEqual([
      "fullName",
      "sex",
      "municipality",
      "position",
      "preScore",
    ]);
  });

  it("maps Cyrillic headers", () => {
    expect(
      fields(
        ["Р.бр.", "Име", "Презиме", "Пол", "Институција", "Општина", "Улазни тест", "Излазни тест", "Потпис"],
        "attendance",
      ),
    ).toEqual([
      null,
      "givenName",
      "familyName",
      "sex",
      "organisation",
      "municipality",
      "preScore",
      "postScore",
      null,
    ]);
  });

  it("maps English headers", () => {
    expect(
      fields(
        [
          "Full name",
          "Gender",
          "Organisation",
          "Municipality",
          "Pre-test",
          "Post-test",
          "Max score",
          "E-mail",
          "Phone",
        ],
        "attendance",
      ),
    ).toEqual([
      "fullName",
      "sex",
      "organisation",
      "municipality",
      "preScore",
      "postScore",
      "maxScore",
      "email",
      "phone",
    ]);
  });

  it("tells exact from close matches and the longest synonym wins", () => {
    const suggestions = suggestMapping(
      ["Ime i prezime učesnika", "Spol (Ž/M)", "Prezme", "E-mail adresa"],
      "people",
    );
    expect(suggestions).toEqual([
      { header: "Ime i prezime učesnika", field: "fullName", match: "close" },
      { header: "Spol (Ž/M)", field: "sex", match: "close" },
      { header: "Prezme", field: "familyName", match: "close" },
      { header: "E-mail adresa", field: "email", match: "close" },
    ]);
  });

  it("gives a field to one column only, exact before close, left before right", () => {
    expect(suggestMapping(["Telefon (posao)", "Telefon", "Mobitel"], "people")).toEqual([
      { header: "Telefon (posao)", field: null, match: "taken" },
      { header: "Telefon", field: "phone", match: "exact" },
      { header: "Mobitel", field: null, match: "taken" },
    ]);
  });

  it("leaves out signature columns and headers it does not know", () => {
    expect(suggestMapping(["Potpis učesnika", "", "Boja očiju"], "attendance")).toEqual([
      { header: "Potpis učesnika", field: null, match: "ignored" },
      { header: "", field: null, match: "none" },
      { header: "Boja očiju", field: null, match: "none" },
    ]);
  });

  it("reads headers by the kind: an organisation is a name in a list of organisations", () => {
    expect(fields(["Organizacija", "Skraćenica", "Nivo vlasti", "Sektor", "Grad"], "organisations")).toEqual([
      "name",
      "shortName",
      "level",
      "sector",
      "municipality",
    ]);
    expect(fields(["Šifra indikatora", "Kategorija", "Vrijednost"], "indicatorValues")).toEqual([
      "indicatorCode",
      "category",
      "value",
    ]);
    expect(fields(["Шифра индикатора", "Категорија", "Вредност"], "indicatorValues")).toEqual([
      "indicatorCode",
      "category",
      "value",
    ]);
  });
});

describe("closeness", () => {
  it("matches whole words and small typos only", () => {
    expect(closeness("ime oca", "ime")).toBe(3);
    expect(closeness("prezime", "ime")).toBe(0);
    expect(closeness("prezme", "prezime")).toBe(7);
    expect(closeness("pok", "pol")).toBe(0);
  });
});

describe("mapRow", () => {
  it("keys the cells by their fields and drops unmapped columns", () => {
    const mapping = suggestMapping(["Ime", "Potpis", "Prezime"], "people");
    expect(mapRow(["Ana", "—", "Kovač"], mapping)).toEqual({ givenName: "Ana", familyName: "Kovač" });
  });
});
