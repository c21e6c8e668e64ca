/**
 * Every catalogue of the server's words (each export of `server/i18n/messages/`): English and
 * Bosnian name the same keys, overlays only keys that exist, Croatian and Serbian fall back to
 * Bosnian, and Serbian Cyrillic holds no Latin letter outside the values a message interpolates.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Catalogue, type Message, type Messages, messagesFor } from "./catalogue.js";
import { serverLocales } from "./locale.js";

const folder = join(dirname(fileURLToPath(import.meta.url)), "messages");
const files = readdirSync(folder)
  .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
  .map((file) => file.replace(/\.ts$/, ""));

const isCatalogue = (value: unknown): value is Catalogue<Messages> =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { en?: unknown }).en === "object" &&
  typeof (value as { bs?: unknown }).bs === "object";

/** Every catalogue exported by the message files, named "file: export". */
const catalogues: [string, Catalogue<Messages>][] = [];
for (const file of files) {
  const module: Record<string, unknown> = await import(pathToFileURL(join(folder, `${file}.ts`)).href);
  for (const [name, value] of Object.entries(module)) {
    if (isCatalogue(value)) catalogues.push([`${file}: ${name}`, value]);
  }
}

const keysOf = (messages: object) => Object.keys(messages).sort();

/** Cyrillic letters and the characters that belong to no script (digits, spaces, punctuation). */
const cyrillicOrNeutral = fc.string({
  unit: fc.constantFrom("Ж", "љ", "Ђ", "ш", "ћ", "Џ", "а", "О", " ", "-", "1", "9", "."),
  maxLength: 10,
});

/** A value a message may interpolate: a number or a Cyrillic name. */
const value = fc.oneof(fc.integer({ min: 0, max: 10_000 }), cyrillicOrNeutral);

/** The text of a message called with the values (a text message ignores them). */
const textOf = (message: Message, values: readonly (string | number)[]) =>
  typeof message === "string" ? message : (message as (...args: (string | number)[]) => string)(...values);

const latinLetter = /\p{Script=Latin}/u;

describe("the server's message catalogues", () => {
  it("finds a catalogue in every message file", () => {
    const withCatalogue = new Set(catalogues.map(([name]) => name.split(":")[0]));
    expect([...withCatalogue].sort()).toEqual([...files].sort());
    expect(catalogues.length).toBeGreaterThan(files.length);
  });

  it.each(catalogues)(
    "%s: English and Bosnian name the same keys, overlays only existing ones",
    (_, catalogue) => {
      const keys = keysOf(catalogue.en);
      expect(keysOf(catalogue.bs)).toEqual(keys);
      for (const overlay of [catalogue.hr, catalogue["sr-Latn-BA"]]) {
        for (const key of keysOf(overlay ?? {})) expect(keys).toContain(key);
      }
      for (const [key, message] of Object.entries(catalogue.en)) {
        expect(typeof catalogue.bs[key], key).toBe(typeof message);
        for (const overlay of [catalogue.hr, catalogue["sr-Latn-BA"]]) {
          const own = overlay?.[key];
          if (own !== undefined) expect(typeof own, key).toBe(typeof message);
        }
      }
    },
  );

  it.each(catalogues)(
    "%s: every locale has every key; Croatian and Serbian fall back to Bosnian",
    (_, catalogue) => {
      for (const locale of serverLocales)
        expect(keysOf(messagesFor(locale, catalogue))).toEqual(keysOf(catalogue.en));
      expect(messagesFor("en", catalogue)).toBe(catalogue.en);
      expect(messagesFor("bs", catalogue)).toBe(catalogue.bs);
      for (const locale of ["hr", "sr-Latn-BA"] as const) {
        const messages = messagesFor(locale, catalogue);
        for (const [key, message] of Object.entries(messages)) {
          expect(message, `${locale} ${key}`).toBe(catalogue[locale]?.[key] ?? catalogue.bs[key]);
        }
      }
    },
  );

  it.each(catalogues)(
    "%s: Serbian Cyrillic is Serbian Latin transliterated, with no Latin letter left",
    (_, catalogue) => {
      const cyrillic = messagesFor("sr-Cyrl-BA", catalogue);
      const latin = messagesFor("sr-Latn-BA", catalogue);
      fc.assert(
        fc.property(fc.array(value, { maxLength: 4 }), (values) => {
          for (const [key, message] of Object.entries(cyrillic)) {
            const text = textOf(message, values);
            expect(text, key).not.toMatch(latinLetter);
            expect(text.length, key).toBeGreaterThan(0);
            // The same message, as Serbian Latin writes it, has as many words.
            const latinText = textOf(latin[key] as Message, values);
            expect(text.split(" ").length, key).toBe(latinText.split(" ").length);
          }
        }),
        { numRuns: 50 },
      );
    },
  );
});
