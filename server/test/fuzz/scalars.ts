/**
 * Scalar values for the fuzzer: valid dates, e-mail addresses, free text and numbers within a
 * schema's bounds, fields that go in pairs kept consistent, and the leaves of a contract broken.
 */
import fc from "fast-check";
import type { JsonSchema } from "./openapi.js";

/** Words of the country's languages and names with characters that trip up careless code. */
export const words = [
  "Žene",
  "mir i sigurnost",
  "Rezolucija 1325",
  "Đurđevak",
  "Čelić",
  "Ćuprija",
  "Šarić",
  "Ђурђевдан",
  "Бијељина",
  "мир и безбједност",
  "Mostar",
  "Brčko",
  "UN Women",
  "O'Brien",
  "Müller",
  "škola",
  "ĐŽČĆŠ",
];

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** Dates of the plans' years mostly; the edges of the calendar (0001, 9999) are among the hostile strings. */
export const dates = fc.oneof(
  { weight: 8, arbitrary: isoDate("2008-01-01", "2030-12-31") },
  { weight: 2, arbitrary: isoDate("1900-01-01", "2100-12-31") },
);

/** E-mail addresses: mostly plain ones, sometimes the odd ones the RFC allows. */
export const emails = fc.oneof(
  {
    weight: 4,
    arbitrary: fc
      .tuple(
        fc.constantFrom("amra", "djurdja", "Mirza.K", "ivana+1325", "o_brien"),
        fc.nat(9999),
        fc.constantFrom("example.org", "gov.ba", "zene-zenama.ba"),
      )
      .map(([local, n, domain]) => `${local}${n}@${domain}`),
  },
  { weight: 1, arbitrary: fc.constantFrom("đurđa@žene.ba", "ђорђе@пошта.срб") },
  { weight: 1, arbitrary: fc.emailAddress({ size: "small" }) },
);

/** The text cut or padded to the length the schema allows. */
export function fitLength(text: string, min: number, max: number): string {
  let value = text;
  while (value.length < min) value += "a";
  return value.length > max ? value.slice(0, max) : value;
}

/** Free text: words of the country's languages, any graphemes, or a long run of one letter. */
export function text(min: number, max: number): fc.Arbitrary<string> {
  const short = Math.max(min, Math.min(max, 40));
  return fc
    .oneof(
      {
        weight: 4,
        arbitrary: fc
          .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
          .map((w) => w.join(" ")),
      },
      { weight: 3, arbitrary: fc.string({ unit: "grapheme", minLength: min, maxLength: short }) },
      { weight: 2, arbitrary: fc.string({ unit: "grapheme-ascii", minLength: min, maxLength: short }) },
      { weight: 1, arbitrary: fc.constant("x".repeat(Math.min(max, 20_000))) },
    )
    .map((value) => fitLength(value, min, max));
}

/** The bounds of a number, whichever way the document writes exclusive ones (a number, or `true` beside the bound). */
function bounds(schema: JsonSchema) {
  const exclusiveMin = schema.exclusiveMinimum === true || typeof schema.exclusiveMinimum === "number";
  const exclusiveMax = schema.exclusiveMaximum === true || typeof schema.exclusiveMaximum === "number";
  const min = typeof schema.exclusiveMinimum === "number" ? schema.exclusiveMinimum : schema.minimum;
  const max = typeof schema.exclusiveMaximum === "number" ? schema.exclusiveMaximum : schema.maximum;
  return { min, max, exclusiveMin, exclusiveMax };
}

/** The bounds of an integer, exclusive ones moved inwards, within ±10⁹. */
const integerBounds = (schema: JsonSchema) => {
  const b = bounds(schema);
  const min = (b.min ?? -1_000_000) + (b.exclusiveMin ? 1 : 0);
  const max = (b.max ?? 1_000_000) - (b.exclusiveMax ? 1 : 0);
  return { min: Math.max(min, -1_000_000_000), max: Math.min(max, 1_000_000_000) };
};

/** Integers within the schema's bounds, mostly small ones. */
export function validInteger(schema: JsonSchema): fc.Arbitrary<number> {
  const { min, max } = integerBounds(schema);
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.integer({ min: Math.max(min, 0), max: Math.max(Math.min(max, 12), min) }),
    },
    { weight: 2, arbitrary: fc.integer({ min, max }) },
    { weight: 1, arbitrary: fc.constantFrom(min, max) },
  );
}

/** Numbers within the schema's bounds: whole ones, ones with two decimals, any double, the bounds. */
export function validNumber(schema: JsonSchema): fc.Arbitrary<number> {
  const b = bounds(schema);
  const exclusiveMin = b.exclusiveMin;
  const exclusiveMax = b.exclusiveMax;
  const min = Math.max(b.min ?? -1_000_000, -1e12);
  const max = Math.min(b.max ?? 1_000_000, 1e12);
  const inside = (value: number) =>
    (exclusiveMin && value <= min) || (exclusiveMax && value >= max) ? (min + max) / 2 : value;
  const double = fc.double({
    min,
    max,
    noNaN: true,
    noDefaultInfinity: true,
    minExcluded: exclusiveMin,
    maxExcluded: exclusiveMax,
  });
  const whole =
    Math.ceil(min) <= Math.floor(max) ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) }) : double;
  return fc.oneof(
    { weight: 2, arbitrary: whole.map(inside) },
    { weight: 2, arbitrary: double.map((value) => inside(Math.round(value * 100) / 100)) },
    { weight: 1, arbitrary: double },
    { weight: 1, arbitrary: fc.constantFrom(min, max).map(inside) },
  );
}

/**
 * Ways to break a string, number or boolean (or any value with a choice of values): null where it
 * may not be, a value outside the choice, a length or a bound crossed, a malformed id or date.
 */
export function brokenScalars(schema: JsonSchema): fc.Arbitrary<unknown>[] {
  const options: fc.Arbitrary<unknown>[] = [];
  if (!schema.nullable) options.push(fc.constant(null));
  if (schema.enum)
    options.push(
      fc.constantFrom("bogus", String(schema.enum[0]).toUpperCase(), ` ${String(schema.enum[0])}`),
    );
  switch (schema.type) {
    case "string":
      if (schema.maxLength !== undefined && schema.maxLength < 200_000)
        options.push(fc.constant("ž".repeat(schema.maxLength + 1)));
      if (schema.minLength) options.push(fc.constant("a".repeat(schema.minLength - 1)));
      if (schema.format === "uuid")
        options.push(
          fc.constantFrom(
            "not-a-uuid",
            "00000000-0000-0000-0000-00000000000g",
            "{00000000-0000-0000-0000-000000000000}",
          ),
        );
      if (schema.format === "date")
        options.push(fc.constantFrom("2023-02-30", "2023-13-01", "15.05.2012.", "2012-5-1"));
      if (schema.pattern) options.push(fc.constantFrom("abc", "ABCD", "ab1"));
      options.push(fc.integer());
      break;
    case "integer":
    case "number": {
      const { min, max } = integerBounds(schema);
      if (schema.maximum !== undefined) options.push(fc.constant(max + 1));
      if (schema.minimum !== undefined) options.push(fc.constant(min - 1));
      if (schema.type === "integer") options.push(fc.constantFrom(0.5, 1.0000001));
      options.push(fc.constantFrom("5", "1e3", ""));
      break;
    }
    case "boolean":
      options.push(fc.constantFrom("true", 1, 0, "yes"));
      break;
  }
  return options;
}

/** Fields that go in pairs: a start before its end, a score within its maximum. */
export function harmonise(value: Record<string, unknown>): Record<string, unknown> {
  const result = { ...value };
  for (const [from, to] of [
    ["startsOn", "endsOn"],
    ["from", "to"],
  ] as const) {
    const a = result[from];
    const b = result[to];
    if (typeof a === "string" && typeof b === "string" && b < a) [result[from], result[to]] = [b, a];
  }
  for (const [scores, max] of [
    [["score"], "maxScore"],
    [["preTestScore", "postTestScore"], "testMaxScore"],
  ] as const) {
    const given = scores.map((key) => result[key]).filter((v): v is number => typeof v === "number");
    if (given.length > 0 && typeof result[max] === "number") {
      result[max] = Math.max(result[max] as number, ...given, 1);
    }
  }
  return result;
}
