import { describe, expect, it } from "vitest";
import { toCyrillic } from "../../common/text/transliterate.js";
import { messagesFor } from "../i18n/catalogue.js";
import { formatDate } from "../i18n/locale.js";
import { pageMessages } from "../i18n/messages/pdf.js";
import { uncoveredCharacters } from "./coverage.js";
import { definePdf, renderPdf, textOf } from "./document.js";
import { robotoFiles } from "./fonts.js";
import { htmlToContent } from "./html.js";

const faces = Object.keys(robotoFiles) as (keyof typeof robotoFiles)[];

/** Every letter of the Bosnian, Croatian and Serbian Latin and Cyrillic alphabets, both cases. */
const latin = "abcčćdđefghijklmnoprsštuvzž";
const cyrillic = "абвгдђежзијклљмнњопрстћуфхцчџш";
const alphabets = [latin, latin.toUpperCase(), cyrillic, cyrillic.toUpperCase()].join("");

describe("the document font", () => {
  it("draws every letter of the Latin and Cyrillic alphabets in all four faces", () => {
    for (const face of faces) expect(uncoveredCharacters(alphabets, face), face).toEqual([]);
    expect(uncoveredCharacters("„Navodnici“ – 1325 № §", "normal")).toEqual([]);
  });

  it("reports a character it has no glyph for", () => {
    expect(uncoveredCharacters("Šta 😀 ꙮ")).toEqual(["😀", "ꙮ"]);
  });
});

describe("the document builder", () => {
  it("renders an A4 PDF with the font embedded and numbered pages", async () => {
    const definition = definePdf({
      title: "Đurđevak",
      language: "sr-Cyrl-BA",
      pageLabel: messagesFor("sr-Cyrl-BA", pageMessages).page,
      content: [
        { text: "Šćepan Žižić, Ђорђе Чворовић", style: "title" },
        { text: "Dalje", pageBreak: "before" },
      ],
    });
    expect(definition.pageSize).toBe("A4");
    const text = textOf(definition, [1, 2]).join(" ");
    expect(text).toContain("Страница 1 од 2");
    expect(uncoveredCharacters(text)).toEqual([]);
    const pdf = await renderPdf(definition);
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pdf.includes("Roboto")).toBe(true);
    expect(pdf.includes("/FontFile2")).toBe(true);
    // A4: 595.28 × 841.89 points.
    expect(pdf.toString("latin1")).toMatch(/\/MediaBox \[0 0 595\.2\d+ 841\.8\d+\]/);
  });

  it("writes dates and page labels in the reader's language", () => {
    expect(formatDate("2012-05-15", "en")).toBe("15 May 2012");
    expect(formatDate("2012-05-15", "bs")).toBe("15. maj 2012.");
    expect(formatDate("2012-05-15", "sr-Cyrl-BA")).toBe("15. мај 2012.");
    expect(messagesFor("en", pageMessages).page(2, 3)).toBe("Page 2 of 3");
    expect(messagesFor("sr-Cyrl-BA", pageMessages).page(2, 3)).toBe(toCyrillic("Stranica 2 od 3"));
  });
});

describe("minutes as document content", () => {
  it("keeps paragraphs, headings, lists, quotes and emphasis", () => {
    const content = htmlToContent(
      '<h3>Uvod</h3><p>Sjednicu je otvorila <strong>Ђурђа</strong> <em>Šarić</em>.<br />Drugi red</p><ul><li>Prva</li><li>Druga <a href="https://example.org">veza</a></li></ul><ol><li><p>Jedan</p></li></ol><blockquote>Citat</blockquote>slobodan tekst &amp; znak',
    );
    expect(content).toEqual([
      { text: [{ text: "Uvod" }], style: "h3", margin: [0, 0, 0, 6] },
      {
        text: [
          { text: "Sjednicu je otvorila " },
          { text: "Ђурђа", bold: true },
          { text: " " },
          { text: "Šarić", italics: true },
          { text: "." },
          { text: "\n" },
          { text: "Drugi red" },
        ],
        margin: [0, 0, 0, 6],
      },
      {
        ul: [
          { stack: [{ text: [{ text: "Prva" }], margin: [0, 0, 0, 6] }] },
          {
            stack: [
              {
                text: [
                  { text: "Druga " },
                  { text: "veza", link: "https://example.org", color: "#1c7ed6", decoration: "underline" },
                ],
                margin: [0, 0, 0, 6],
              },
            ],
          },
        ],
        margin: [0, 0, 0, 6],
      },
      { ol: [{ stack: [{ text: [{ text: "Jedan" }], margin: [0, 0, 0, 6] }] }], margin: [0, 0, 0, 6] },
      { stack: [{ text: [{ text: "Citat" }], margin: [0, 0, 0, 6] }], margin: [16, 0, 0, 6], italics: true },
      { text: [{ text: "slobodan tekst & znak" }], margin: [0, 0, 0, 6] },
    ]);
  });

  it("has nothing for empty minutes", () => {
    expect(htmlToContent(null)).toEqual([]);
    expect(htmlToContent("<p> </p>")).toEqual([]);
  });
});
