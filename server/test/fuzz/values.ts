/**
 * Values for the fuzzer, derived from an operation's JSON Schema: valid values (what the contract
 * accepts), mutated values (one rule of the contract broken) and hostile values (NUL bytes, lone
 * surrogates, very long strings, huge numbers, wrong types, deep nesting, unknown fields, unicode).
 */
import fc from "fast-check";
import type { JsonSchema } from "./openapi.js";

/** Where the fuzzer finds ids of rows that exist, and values it knows (sign-in e-mails, passwords). */
export interface ValueSource {
  /** Ids for a field or parameter, by its name and the path of the operation. */
  ids(name: string, path: string): fc.Arbitrary<string>;
  /** Values of a string field the world knows by name, e.g. `email`, `password`, `number`. */
  known(name: string): string[];
  /** The row a nested row belongs to, e.g. the event of a participation. */
  parentOf(id: string): string | undefined;
}

/** A marker the request builder writes as a bare JSON number that `JSON.stringify` cannot produce. */
export const rawNumberMarker = (literal: string) => `⟦raw:${literal}⟧`;
export const rawNumberLiterals = ["1e999", "-1e999", "1E+400", "123456789012345678901234567890", "-0"];

const words = [
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

const isoDate = (min: string, max: string) =>
  fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));

/** Dates of the plans' years mostly; the edges of the calendar (0001, 9999) are among the hostile strings. */
const dates = fc.oneof(
  { weight: 8, arbitrary: isoDate("2008-01-01", "2030-12-31") },
  { weight: 2, arbitrary: isoDate("1900-01-01", "2100-12-31") },
);

/** E-mail addresses: mostly plain ones, sometimes the odd ones the RFC allows. */
const emails = fc.oneof(
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

function fitLength(text: string, min: number, max: number): string {
  let value = text;
  while (value.length < min) value += "a";
  return value.length > max ? value.slice(0, max) : value;
}

function text(min: number, max: number): fc.Arbitrary<string> {
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

const integerBounds = (schema: JsonSchema) => {
  const b = bounds(schema);
  const min = (b.min ?? -1_000_000) + (b.exclusiveMin ? 1 : 0);
  const max = (b.max ?? 1_000_000) - (b.exclusiveMax ? 1 : 0);
  return { min: Math.max(min, -1_000_000_000), max: Math.min(max, 1_000_000_000) };
};

/** Fields that go in pairs: a start before its end, a score within its maximum. */
function harmonise(value: Record<string, unknown>): Record<string, unknown> {
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

/** Arbitraries of valid, mutated and hostile values for JSON Schemas, with ids from the world. */
export class SchemaValues {
  constructor(
    private readonly source: ValueSource,
    private readonly path: string,
  ) {}

  valid(schema: JsonSchema, name = ""): fc.Arbitrary<unknown> {
    const inner = this.validInner(schema, name);
    return schema.nullable ? fc.option(inner, { nil: null, freq: 6 }) : inner;
  }

  private validInner(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
    if (schema.anyOf) return fc.oneof(...schema.anyOf.map((s) => this.valid(s, name)));
    if (schema.enum) return fc.constantFrom(...schema.enum);
    switch (schema.type) {
      case "string":
        return this.validString(schema, name);
      case "integer": {
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
      case "number": {
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
          Math.ceil(min) <= Math.floor(max)
            ? fc.integer({ min: Math.ceil(min), max: Math.floor(max) })
            : double;
        return fc.oneof(
          { weight: 2, arbitrary: whole.map(inside) },
          { weight: 2, arbitrary: double.map((value) => inside(Math.round(value * 100) / 100)) },
          { weight: 1, arbitrary: double },
          { weight: 1, arbitrary: fc.constantFrom(min, max).map(inside) },
        );
      }
      case "boolean":
        return fc.boolean();
      case "array": {
        const minLength = schema.minItems ?? 0;
        const maxLength = Math.min(schema.maxItems ?? minLength + 4, minLength + 4);
        const items = schema.items ?? {};
        // Ids in a list are mostly distinct (a list of the same row twice is a mutation of its own).
        return items.format === "uuid"
          ? fc.uniqueArray(this.valid(items, name), { minLength, maxLength })
          : fc.array(this.valid(items, name), { minLength, maxLength });
      }
      case "object":
        return this.validObject(schema);
      default:
        return fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean());
    }
  }

  private validString(schema: JsonSchema, name: string): fc.Arbitrary<string> {
    if (schema.format === "uuid") return this.source.ids(name, this.path);
    if (schema.format === "date") return dates;
    if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
    const min = schema.minLength ?? 0;
    const max = schema.maxLength ?? 2000;
    const known = this.source.known(name);
    const plain = /email/i.test(name) ? emails.map((email) => fitLength(email, min, max)) : text(min, max);
    return known.length > 0 ? fc.oneof(plain, fc.constantFrom(...known)) : plain;
  }

  private validObject(schema: JsonSchema): fc.Arbitrary<Record<string, unknown>> {
    const properties = schema.properties ?? {};
    const required = new Set(schema.required ?? []);
    // Optional fields come half of the time; optional lists and objects (whole features of the row,
    // each with rules of its own) a quarter of the time.
    const fields = Object.entries(properties).map(([key, s]) => {
      const value = this.valid(s, key).map((v) => [key, v] as const);
      if (required.has(key)) return value;
      const isCompound = s.type === "object" || s.type === "array";
      return fc.option(value, { nil: null, freq: isCompound ? 4 : 2 });
    });
    const record = fc
      .tuple(...fields)
      .map((entries) =>
        harmonise(Object.fromEntries(entries.filter((e): e is readonly [string, unknown] => e !== null))),
      );
    const extra = schema.additionalProperties;
    if (!extra || typeof extra !== "object") return record;
    const dictionary = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), this.valid(extra), {
      maxKeys: 4,
    });
    return fc.tuple(record, dictionary).map(([fixed, free]) => ({ ...free, ...fixed }));
  }

  /** A valid value with one rule of the contract broken somewhere inside. */
  mutated(schema: JsonSchema, name = ""): fc.Arbitrary<unknown> {
    if (schema.type === "object" && schema.properties) {
      const properties = schema.properties;
      const keys = Object.keys(properties);
      const options: fc.Arbitrary<unknown>[] = [
        fc.constantFrom(...wrongTypes.filter((v) => !isPlainObject(v))),
      ];
      if (keys.length > 0) {
        options.push(
          fc
            .constantFrom(...keys)
            .chain((key) =>
              fc
                .tuple(this.validObject(schema), this.mutated(properties[key] as JsonSchema, key))
                .map(([value, broken]) => ({ ...(value as object), [key]: broken })),
            ),
        );
      }
      const required = schema.required ?? [];
      if (required.length > 0) {
        options.push(
          fc.tuple(this.validObject(schema), fc.constantFrom(...required)).map(([value, key]) => {
            const { [key]: _left, ...rest } = value as Record<string, unknown>;
            return rest;
          }),
        );
      }
      options.push(
        fc
          .tuple(
            this.validObject(schema),
            fc.constantFrom("unknownField", "isAdmin", "id", "role", "constructor"),
            fc.jsonValue({ maxDepth: 2 }),
          )
          .map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
      );
      return fc.oneof(...options);
    }
    const broken = this.brokenLeaf(schema, name);
    return fc.oneof(
      { weight: 4, arbitrary: broken },
      { weight: 1, arbitrary: fc.constantFrom(...wrongTypes) },
    );
  }

  private brokenLeaf(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
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
      case "array": {
        const items = schema.items ?? {};
        if (schema.maxItems !== undefined && schema.maxItems < 5000)
          options.push(
            fc.array(this.valid(items, name), {
              minLength: schema.maxItems + 1,
              maxLength: schema.maxItems + 1,
            }),
          );
        if (schema.minItems) options.push(fc.constant([]));
        options.push(
          fc
            .tuple(this.valid(schema, name), this.mutated(items, name))
            .map(([list, bad]) => [...(list as unknown[]), bad]),
        );
        options.push(fc.constant({ 0: "x" }));
        break;
      }
    }
    if (options.length === 0) options.push(fc.constantFrom(...wrongTypes));
    return fc.oneof(...options);
  }

  /** A valid value with hostile values where it matters most: in one field, in every text, or instead of all of it. */
  hostile(schema: JsonSchema, name = ""): fc.Arbitrary<unknown> {
    if (schema.type === "object" && schema.properties) {
      const properties = schema.properties;
      const keys = Object.keys(properties);
      const options: { weight: number; arbitrary: fc.Arbitrary<unknown> }[] = [
        { weight: 1, arbitrary: fc.constantFrom(deepObject, deepArray, null, [], "{}", 1e308) },
        {
          weight: 3,
          arbitrary: fc
            .tuple(this.validObject(schema), hostileString)
            .map(([value, hostile]) => replaceText(value, schema, hostile)),
        },
        {
          weight: 1,
          arbitrary: fc
            .tuple(
              this.validObject(schema),
              fc.constantFrom("x", "__proto__x", "ž", "a".repeat(300)),
              hostileValue,
            )
            .map(([value, key, extra]) => ({ ...(value as object), [key]: extra })),
        },
      ];
      if (keys.length > 0) {
        options.push({
          weight: 5,
          arbitrary: fc
            .constantFrom(...keys)
            .chain((key) =>
              fc
                .tuple(this.validObject(schema), this.hostile(properties[key] as JsonSchema, key))
                .map(([value, bad]) => ({ ...(value as object), [key]: bad })),
            ),
        });
      }
      return fc.oneof(...options);
    }
    if (schema.type === "array") {
      const items = schema.items ?? {};
      return fc.oneof(
        fc.array(this.hostile(items, name), { minLength: 1, maxLength: 3 }),
        fc
          .integer({ min: 1000, max: 3000 })
          .chain((n) =>
            fc
              .array(this.valid(items, name), { minLength: 1, maxLength: 3 })
              .map((few) => Array.from({ length: n }, (_, i) => few[i % few.length])),
          ),
        hostileValue,
      );
    }
    if (schema.type === "integer" || schema.type === "number")
      return fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...hostileNumbers) },
        { weight: 1, arbitrary: fc.constantFrom(...rawNumberLiterals).map(rawNumberMarker) },
        { weight: 1, arbitrary: hostileValue },
      );
    if (schema.type === "string")
      return fc.oneof({ weight: 4, arbitrary: hostileString }, { weight: 1, arbitrary: hostileValue });
    return hostileValue;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Every free-text field of the value (not ids, dates, codes or choices) replaced by `hostile`. */
function replaceText(value: unknown, schema: JsonSchema, hostile: string): unknown {
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
