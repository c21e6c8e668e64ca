/**
 * Requests for one operation of the OpenAPI document, of four kinds: valid (by the contract, on rows
 * that exist), mutated (one rule broken), hostile (hostile values in the path, the query and the
 * body) and content (a body the route does not take: wrong or malformed content types).
 */
import fc from "fast-check";
import { bodyArbitrary } from "./bodies.js";
import { hostileString, toJson } from "./hostile.js";
import type { JsonSchema, Operation } from "./openapi.js";
import { SchemaValues, type ValueSource } from "./values.js";

export const requestKinds = ["valid", "mutated", "hostile", "content"] as const;
export type RequestKind = (typeof requestKinds)[number];

export interface FuzzRequest {
  method: Operation["method"];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Path segments that are not ids: malformed percent-encoding, encoded NUL and surrogates, traversal. */
const hostileSegments = [
  "%00",
  "%ZZ",
  "%E0%A4%A",
  "%ED%A0%80",
  "%C0%AF",
  "..%2F..%2Fetc%2Fpasswd",
  "%2e%2e",
  "%C5%A1%C4%91%C4%8D%C4%87%C5%BE",
  "%D0%96%D0%B8%D0%B2%D0%BE",
  "%F0%9F%98%80",
  "%EF%BF%BF",
  "%20",
  "null",
  "undefined",
  "0",
  "-1",
  "1e308",
  "NaN",
  "a".repeat(101),
  "9".repeat(5000),
  "'%20OR%201%3D1--",
  "%7B00000000-0000-0000-0000-000000000000%7D",
];

/** `encodeURIComponent`, except that a lone surrogate is sent as the bytes it would be (invalid UTF-8). */
export function encodeLoosely(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return `${encodeURIComponent(value.replace(/[\ud800-\udfff]/g, ""))}%ED%A0%80`;
  }
}

/** A query value as text: a raw-number marker as its bare literal, anything but a string as JSON. */
const asText = (value: unknown): string =>
  typeof value === "string" ? value.replace(/^⟦raw:(.*)⟧$/, "$1") : value === undefined ? "" : toJson(value);

/** A path parameter: an id of a row that exists, sometimes broken (mutated) or hostile. */
function segmentArbitrary(
  name: string,
  operation: Operation,
  kind: RequestKind,
  source: ValueSource,
): fc.Arbitrary<string> {
  const id =
    name === "number"
      ? fc.oneof(
          fc.constantFrom(...(source.known("number").length > 0 ? source.known("number") : ["X"])),
          fc.string({ maxLength: 20 }),
        )
      : source.ids(`:${name}`, operation.path);
  const real = id.map(encodeLoosely);
  const broken = fc.oneof(
    fc.constantFrom("not-a-uuid", "0", "", "00000000-0000-0000-0000-00000000000"),
    id.map((value) => value.toUpperCase()),
    id.map((value) => `${value}x`),
  );
  const hostile = fc.oneof(fc.constantFrom(...hostileSegments), hostileString.map(encodeLoosely));
  if (kind === "mutated")
    return fc.oneof({ weight: 7, arbitrary: real }, { weight: 3, arbitrary: broken.map(encodeLoosely) });
  if (kind === "hostile") return fc.oneof({ weight: 1, arbitrary: real }, { weight: 1, arbitrary: hostile });
  return real;
}

/** The path with its parameters; a nested row is mostly addressed under the row it belongs to (a participation under its event). */
function pathArbitrary(operation: Operation, kind: RequestKind, source: ValueSource): fc.Arbitrary<string> {
  return fc
    .tuple(
      fc.nat(9),
      ...operation.pathParams.map((p) =>
        segmentArbitrary(p.name, operation, kind, source).map((value) => [p.name, value] as const),
      ),
    )
    .map(([coin, ...pairs]) => {
      const parent = pairs.length === 2 && coin < 8 ? source.parentOf(pairs[1]?.[1] ?? "") : undefined;
      let path = operation.path;
      for (const [index, [name, value]] of pairs.entries()) {
        path = path.replace(`{${name}}`, index === 0 && parent ? parent : value);
      }
      return path;
    });
}

/** The value of a query parameter, as text. */
function queryValue(
  values: SchemaValues,
  kind: RequestKind,
  schema: JsonSchema,
  name: string,
): fc.Arbitrary<string> {
  const valid = values.valid(schema, name).map(asText);
  if (kind === "mutated")
    return fc.oneof(
      { weight: 3, arbitrary: valid },
      { weight: 1, arbitrary: values.mutated(schema, name).map(asText) },
    );
  if (kind === "hostile")
    return fc.oneof(
      { weight: 1, arbitrary: valid },
      { weight: 2, arbitrary: values.hostile(schema, name).map(asText) },
    );
  return valid;
}

/** Parameters the operation does not document, or documents once: unknown, repeated, malformed. */
function extraQuery(kind: RequestKind): fc.Arbitrary<string[]> {
  if (kind === "mutated")
    return fc.constantFrom([], ["unknown=1"], ["page=1&page=2"], ["pageSize=0"], ["sort=__proto__"]);
  if (kind === "hostile")
    return fc.constantFrom(
      [],
      ["q=%ZZ"],
      ["q=%00"],
      ["a[b]=1"],
      ["q=%F0%9F%98%80&q=x"],
      [`q=${"x".repeat(20_000)}`],
      ["=&&=="],
    );
  return fc.constant([]);
}

/** The query string: required parameters always, optional ones half of the time, then the extra ones. */
function queryArbitrary(operation: Operation, kind: RequestKind, values: SchemaValues): fc.Arbitrary<string> {
  const pairs = fc
    .tuple(
      ...operation.query.map((p) => {
        const pair = queryValue(values, kind, p.schema, p.name).map(
          (value) => `${encodeURIComponent(p.name)}=${encodeLoosely(value)}`,
        );
        return p.required
          ? pair.map((v) => [v])
          : fc.option(
              pair.map((v) => [v]),
              { nil: [] as string[], freq: 2 },
            );
      }),
    )
    .map((lists) => lists.flat());
  return fc.tuple(pairs, extraQuery(kind)).map(([documented, extra]) => [...documented, ...extra].join("&"));
}

/** The arbitrary of requests of one kind for one operation. */
export function requestArbitrary(
  operation: Operation,
  kind: RequestKind,
  source: ValueSource,
): fc.Arbitrary<FuzzRequest> {
  const values = new SchemaValues(source, operation.path);
  const origin: fc.Arbitrary<Record<string, string>> =
    kind === "hostile" && operation.method !== "GET"
      ? fc.option(fc.constant({ origin: "https://napad.example" }), { nil: {}, freq: 12 })
      : fc.constant({});
  return fc
    .tuple(
      pathArbitrary(operation, kind, source),
      queryArbitrary(operation, kind, values),
      bodyArbitrary(operation, kind, values),
      origin,
    )
    .map(([path, query, body, extra]) => {
      const headers: Record<string, string> = { ...extra };
      if (body.contentType) headers["content-type"] = body.contentType;
      return {
        method: operation.method,
        url: query ? `${path}?${query}` : path,
        headers,
        ...(body.payload === undefined ? {} : { payload: body.payload }),
      };
    });
}

/** A cookie an anonymous caller might send: an empty, forged or hostile session token. */
export const anonymousCookie = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    "nap1325_session=",
    "nap1325_session=forged-token",
    "nap1325_session=%00",
    `nap1325_session=${"A".repeat(5000)}`,
  ),
);
