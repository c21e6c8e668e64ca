/**
 * The server's own words (spreadsheet headers, document labels, template texts): one catalogue type
 * and one way to read it, with the web app's fallback chain. English and Bosnian are complete;
 * Croatian and Serbian (Latin) list only the words that differ from Bosnian; Serbian Cyrillic is
 * Serbian Latin (over Bosnian) transliterated letter for letter, functions on their result.
 */
import { toCyrillic } from "../../common/text/transliterate.js";
import type { ServerLocale } from "./locale.js";

/** A message: a text, or a function of values (names, numbers) that gives one. */
export type Message = string | ((...values: never[]) => string);

/** The messages of one area, by key. */
export type Messages = Record<string, Message>;

/** The messages of one area in every language: complete in English and Bosnian, overlays in others. */
export interface Catalogue<M extends Messages> {
  en: M;
  bs: M;
  hr?: Partial<M>;
  "sr-Latn-BA"?: Partial<M>;
}

/** Every message of a set in Cyrillic; a function's result is transliterated, values included. */
function inCyrillic<M extends Messages>(messages: M): M {
  return Object.fromEntries(
    Object.entries(messages).map(([key, message]) => [
      key,
      typeof message === "string"
        ? toCyrillic(message)
        : (...values: never[]) => toCyrillic(message(...values)),
    ]),
  ) as M;
}

/** Bosnian overlaid with a language's own words. */
const overlaid = <M extends Messages>(bs: M, own: Partial<M> | undefined): M => ({ ...bs, ...own });

/**
 * The messages of a catalogue in one language: en → English; bs → Bosnian; hr and sr-Latn-BA →
 * Bosnian overlaid with their own words; sr-Cyrl-BA → the sr-Latn-BA messages in Cyrillic.
 */
export function messagesFor<M extends Messages>(locale: ServerLocale, catalogue: Catalogue<M>): M {
  switch (locale) {
    case "en":
      return catalogue.en;
    case "bs":
      return catalogue.bs;
    case "hr":
      return overlaid(catalogue.bs, catalogue.hr);
    case "sr-Latn-BA":
      return overlaid(catalogue.bs, catalogue["sr-Latn-BA"]);
    case "sr-Cyrl-BA":
      return inCyrillic(overlaid(catalogue.bs, catalogue["sr-Latn-BA"]));
  }
}
