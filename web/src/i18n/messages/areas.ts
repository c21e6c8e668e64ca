/**
 * The messages of newer screens, one file per area (`<area>.ts`: en and bs complete, hr and
 * sr-Latn-BA only where they differ from bs) instead of the one large catalogue per locale. Merged
 * into the locale catalogues by `index.ts`; their keys are message keys like any other.
 */
import { agreementMessages } from "./agreements.js";
import { cooperationMessages } from "./cooperation.js";

export interface AreaCatalogue<E extends Record<string, string>> {
  en: E;
  bs: Record<keyof E, string>;
  hr: Partial<Record<keyof E, string>>;
  "sr-Latn-BA": Partial<Record<keyof E, string>>;
}

const areas = [cooperationMessages, agreementMessages] as const;

type KeysOf<T> = T extends AreaCatalogue<infer E> ? keyof E : never;
export type AreaMessageKey = KeysOf<(typeof areas)[number]>;

const merged = (locale: keyof AreaCatalogue<Record<string, string>>) =>
  Object.assign({}, ...areas.map((area) => area[locale])) as Record<AreaMessageKey, string>;

export const areaMessages = {
  en: merged("en"),
  bs: merged("bs"),
  hr: merged("hr") as Partial<Record<AreaMessageKey, string>>,
  "sr-Latn-BA": merged("sr-Latn-BA") as Partial<Record<AreaMessageKey, string>>,
};
