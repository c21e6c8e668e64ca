/**
 * Hostile values for the fuzzer: NUL bytes, lone surrogates, other scripts, bidi and invisible
 * characters, injections, very long strings, huge numbers and bare number literals, values of the
 * wrong JSON type and deep nesting; and a valid value with every free-text field made hostile.
 */
import fc from "fast-check";
import type { JsonSchema } from "./openapi.js";
import { words } from "./scalars.js";

/** A marker the request builder writes as a bare JSON number that `JSON.stringify` cannot produce. */
export const rawNumberMarker = (literal: string) => `⟦raw:${literal}⟧`;
export const rawNumberLiterals = ["1e999", "-1e999", "1E+400", "123456789012345678901234567890", "-0"];

/** JSON with the raw-number markers written as the bare literals they stand for. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"⟦raw:([^"⟧]+)⟧"/g, "$1");
}

/** Hostile text: NUL bytes, lone surrogates, scripts, bidi and invisible characters, injections. */
export const hostileStrings = [
  "\u0000",
  "a\u0000b",
  "\ud800",
  "x\udfffy",
  "\ud83d",
  "šđčćž ŠĐČĆŽ",
  "Ђурђа Шарић",
  "Љубиња њива џеп",
  "𝕏😀👩‍👩‍👧",
  "\u202eevil",
  "\ufeffBOM",
  "e\u0301\u0301\u0301",
  "ǅǈǋ İı ß",
  "'; drop table people; --",
  "%",
  "_",
  "\\",
  "%_\\%",
  "' or '1'='1",
  "$1",
  "<script>alert(1)</script>",
  "../../etc/passwd",
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "NaN",
  "Infinity",
  "-Infinity",
  "1e308",
  "-1e308",
  "9007199254740993",
  "0x1F",
  " 42 ",
  "١٢٣",
  "true",
  "null",
  "",
  "   ",
  "\r\n\t",
  "0000-00-00",
  "2023-02-30",
  "0001-01-01",
  "9999-12-31",
  "+275760-09-13",
  "2012-05-15T25:61:00Z",
  "00000000-0000-0000-0000-000000000000",
  "FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF",
];

export const hostileNumbers = [
  1e308,
  -1e308,
  2 ** 53 + 1,
  -(2 ** 53 + 1),
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  Number.MAX_VALUE,
  5e-324,
  0.1,
  1.5,
  -1,
  0,
  123456789012345.67,
];

/** Values of the wrong JSON type for almost any field. */
export const wrongTypes: unknown[] = [null, true, false, 0, -1, "", "x", [], [null], {}, { a: 1 }, [[]]];

function deep(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}
/** An object and an array nested 1,000 levels deep. */
export const deepObject = deep(1000, "bottom", (inner) => ({ a: inner }));
export const deepArray = deep(1000, 0, (inner) => [inner]);

/** 10–100 KB of one kind of text. */
const longString = fc
  .tuple(
    fc.integer({ min: 10 * 1024, max: 100 * 1024 }),
    fc.constantFrom("a", "ž", "Ж", "😀", "a\u0000", " "),
  )
  .map(([bytes, unit]) => unit.repeat(Math.max(1, Math.floor(bytes / Buffer.byteLength(unit)))));

/** Hostile text: one of the strings above, a long one, random bytes, or a word around a hostile string. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 2, arbitrary: longString },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...words), fc.constantFrom(...hostileStrings))
      .map(([word, hostile]) => `${word}${hostile}${word}`),
  },
);

/** Any hostile JSON value, whatever the field's type. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: hostileString },
  { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
  { weight: 1, arbitrary: fc.constantFrom(...rawNumberLiterals).map(rawNumberMarker) },
  { weight: 2, arbitrary: fc.constantFrom(...wrongTypes) },
  { weight: 1, arbitrary: fc.constantFrom(deepObject, deepArray) },
);

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every free-text field of the value (not ids, dates, codes or choices) replaced by `hostile`. */
export function replaceText(value: unknown, schema: JsonSchema, hostile: string): unknown {
  if (value === null || value === undefined) return value;
  if (schema.anyOf) return value;
  if (schema.type === "string") return schema.enum || schema.format || schema.pattern ? value : hostile;
  if (schema.type === "array" && Array.isArray(value))
    return value.map((item) => replaceText(item, schema.items ?? {}, hostile));
  if (schema.type === "object" && isPlainObject(value)) {
    const properties = schema.properties ?? {};
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [
        key,
        properties[key] ? replaceText(item, properties[key], hostile) : item,
      ]),
    );
  }
  return value;
}
