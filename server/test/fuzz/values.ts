/**
 * Values for the fuzzer, derived from an operation's JSON Schema: valid values (what the contract
 * accepts), mutated values (one rule of the contract broken) and hostile values (NUL bytes, lone
 * surrogates, very long strings, huge numbers, wrong types, deep nesting, unknown fields, unicode).
 */
import fc from "fast-check";
import {
  deepArray,
  deepObject,
  hostileNumbers,
  hostileString,
  hostileValue,
  isPlainObject,
  rawNumberLiterals,
  rawNumberMarker,
  replaceText,
  wrongTypes,
} from "./hostile.js";
import type { JsonSchema } from "./openapi.js";
import {
  brokenScalars,
  dates,
  emails,
  fitLength,
  harmonise,
  text,
  validInteger,
  validNumber,
} from "./scalars.js";

/** Where the fuzzer finds ids of rows that exist, and values it knows (sign-in e-mails, passwords). */
export interface ValueSource {
  /** Ids for a field or parameter, by its name and the path of the operation. */
  ids(name: string, path: string): fc.Arbitrary<string>;
  /** Values of a string field the world knows by name, e.g. `email`, `password`, `number`. */
  known(name: string): string[];
  /** The row a nested row belongs to, e.g. the event of a participation. */
  parentOf(id: string): string | undefined;
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
      case "integer":
        return validInteger(schema);
      case "number":
        return validNumber(schema);
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
    if (schema.type === "object" && schema.properties) return this.mutatedObject(schema, schema.properties);
    const broken = this.brokenLeaf(schema, name);
    return fc.oneof(
      { weight: 4, arbitrary: broken },
      { weight: 1, arbitrary: fc.constantFrom(...wrongTypes) },
    );
  }

  private brokenLeaf(schema: JsonSchema, name: string): fc.Arbitrary<unknown> {
    const options = brokenScalars(schema);
    if (schema.type === "array") options.push(...this.brokenList(schema, name));
    if (options.length === 0) options.push(fc.constantFrom(...wrongTypes));
    return fc.oneof(...options);
  }

  /** Ways to break a list: one item too many, none where some are required, a broken item, an object. */
  private brokenList(schema: JsonSchema, name: string): fc.Arbitrary<unknown>[] {
    const options: fc.Arbitrary<unknown>[] = [];
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
    return options;
  }

  /** A valid value with hostile values where it matters most: in one field, in every text, or instead of all of it. */
  hostile(schema: JsonSchema, name = ""): fc.Arbitrary<unknown> {
    if (schema.type === "object" && schema.properties) return this.hostileObject(schema, schema.properties);
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

  /** An object of the wrong type, with one field broken, without a required field, or with an unexpected one. */
  private mutatedObject(schema: JsonSchema, properties: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
    const options: fc.Arbitrary<unknown>[] = [
      fc.constantFrom(...wrongTypes.filter((v) => !isPlainObject(v))),
    ];
    if (Object.keys(properties).length > 0)
      options.push(this.withField(schema, properties, (field, key) => this.mutated(field, key)));
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
      this.withExtraField(
        schema,
        ["unknownField", "isAdmin", "id", "role", "constructor"],
        fc.jsonValue({ maxDepth: 2 }),
      ),
    );
    return fc.oneof(...options);
  }

  /** Instead of the object a hostile one; every text of it hostile; a hostile extra field; or one hostile field. */
  private hostileObject(schema: JsonSchema, properties: Record<string, JsonSchema>): fc.Arbitrary<unknown> {
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
        arbitrary: this.withExtraField(schema, ["x", "__proto__x", "ž", "a".repeat(300)], hostileValue),
      },
    ];
    if (Object.keys(properties).length > 0) {
      options.push({
        weight: 5,
        arbitrary: this.withField(schema, properties, (field, key) => this.hostile(field, key)),
      });
    }
    return fc.oneof(...options);
  }

  /** A valid object with one of its fields, picked at random, replaced by a value of `replace`. */
  private withField(
    schema: JsonSchema,
    properties: Record<string, JsonSchema>,
    replace: (field: JsonSchema, key: string) => fc.Arbitrary<unknown>,
  ): fc.Arbitrary<unknown> {
    return fc
      .constantFrom(...Object.keys(properties))
      .chain((key) =>
        fc
          .tuple(this.validObject(schema), replace(properties[key] as JsonSchema, key))
          .map(([value, replaced]) => ({ ...(value as object), [key]: replaced })),
      );
  }

  /** A valid object with one more field, named one of `keys`. */
  private withExtraField(
    schema: JsonSchema,
    keys: string[],
    extra: fc.Arbitrary<unknown>,
  ): fc.Arbitrary<unknown> {
    return fc
      .tuple(this.validObject(schema), fc.constantFrom(...keys), extra)
      .map(([value, key, added]) => ({ ...(value as object), [key]: added }));
  }
}
