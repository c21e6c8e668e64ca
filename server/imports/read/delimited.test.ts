import { describe, expect, it } from "vitest";
import { detectDelimiter, fieldCounts, readDelimited } from "./delimited.js";

describe("detectDelimiter", () => {
  it("picks the semicolon of a local Excel even with decimal commas in the data", () => {
    const text = "Ime;Prezime;Ulazni test;Izlazni test\r\nAna;Kovač;12,5;17,5\r\nMirza;Begić;10,0;15,5\r\n";
    expect(detectDelimiter(text)).toBe(";");
  });

  it("picks the comma when it splits consistently", () => {
    expect(detectDelimiter('Name,Sex,Score\n"Hadžić, Dženana",F,"12,5"\nIvo Ban,M,10\n')).toBe(",");
  });

  it("picks the tab", () => {
    expect(detectDelimiter("Ime\tPol\nJelena\tЖ\nMarko\tM\n")).toBe("\t");
  });

  it("is not misled by a title line and a blank line above the header", () => {
    const text =
      "Lista prisutnih, Sarajevo\n\nIme i prezime;Spol;Općina\nAna Kovač;Ž;Centar\nIvo Ban;M;Ilidža\n";
    expect(detectDelimiter(text)).toBe(";");
  });

  it("respects quotes when counting fields", () => {
    expect(fieldCounts('a;"b;c";d\n"x\ny";z;w\n', ";")).toEqual([3, 3]);
    expect(fieldCounts('a;"he said ""hi; there""";c\n', ";")).toEqual([3]);
  });
});

describe("readDelimited", () => {
  it("parses quotes, embedded delimiters and line breaks", () => {
    const text = 'Ime;Napomena\r\n"Kovač; Ana";"prvi red\r\ndrugi red"\r\n"Ivo ""Ivica"" Ban";\r\n';
    expect(readDelimited(text)).toEqual({
      delimiter: ";",
      rows: [
        ["Ime", "Napomena"],
        ["Kovač; Ana", "prvi red\r\ndrugi red"],
        ['Ivo "Ivica" Ban', ""],
      ],
    });
  });

  it("keeps blank lines and ragged rows so that row numbers stay true", () => {
    const { rows } = readDelimited("Naslov\n\nA;B;C\n1;2\n");
    expect(rows).toEqual([["Naslov"], [""], ["A", "B", "C"], ["1", "2"]]);
  });

  it("drops a byte order mark left in the text", () => {
    expect(readDelimited("\uFEFFA;B\n1;2\n").rows[0]).toEqual(["A", "B"]);
  });

  it("takes a delimiter given by the caller", () => {
    expect(readDelimited("a,b;c\n", ",").rows).toEqual([["a", "b;c"]]);
  });
});
