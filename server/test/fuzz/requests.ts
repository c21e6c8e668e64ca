/**
 * Requests for one operation of the OpenAPI document, of four kinds: valid (by the contract, on rows
 * that exist), mutated (one rule broken), hostile (hostile values in the path, the query and the
 * body) and content (a body the route does not take: wrong or malformed content types).
 */
import fc from "fast-check";
import type { JsonSchema, Operation } from "./openapi.js";
import { hostileString, rawNumberLiterals, SchemaValues, type ValueSource } from "./values.js";
import type { Pools } from "./world.js";

export const requestKinds = ["valid", "mutated", "hostile", "content"] as const;
export type RequestKind = (typeof requestKinds)[number];

export interface FuzzRequest {
  method: Operation["method"];
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
}

/** Which pool of ids a field or parameter name points into; `:id` names the path's own rows. */
const namedPools: [RegExp, string][] = [
  [/organi[sz]ation|organizer|implementer/i, "organizations"],
  [/person/i, "people"],
  [/^(plan|predecessor)/i, "plans"],
  [/node|^parent/i, "nodes"],
  [/indicator/i, "indicators"],
  [/categoryset/i, "category-sets"],
  [/period/i, "periods"],
  [/project/i, "projects"],
  [/jurisdiction|municipalit/i, "jurisdictions"],
  [/participation/i, "participations"],
  [/membership/i, "memberships"],
  [/board/i, "boards"],
  [/curricul/i, "curricula"],
  [/module/i, "modules"],
  [/event/i, "events"],
  [/user/i, "users"],
  [/^:number$/, "certificate-numbers"],
];
const pathSegmentPools: Record<string, string> = { municipalities: "jurisdictions" };

export function poolName(name: string, path: string): string | null {
  const segment = path.split("/")[2] ?? "";
  if (name === ":id") return pathSegmentPools[segment] ?? segment;
  if (name === "parentId" && segment === "jurisdictions") return "jurisdictions";
  if (name === "id" && segment === "curricula") return "modules";
  for (const [pattern, pool] of namedPools) if (pattern.test(name)) return pool;
  return null;
}

/** Ids from the world's pools (read when a request is generated, so rows made by earlier requests count). */
export function valueSource(
  pools: Pools,
  known: Record<string, string[]>,
  parents: Map<string, string> = new Map(),
): ValueSource {
  const anyId = () =>
    [...pools.entries()].filter(([k]) => k !== "certificate-numbers").flatMap(([, ids]) => ids);
  const pick = (list: () => string[]) =>
    fc.tuple(fc.nat(), fc.uuid()).map(([n, fallback]) => {
      const ids = list();
      return ids.length > 0 ? (ids[n % ids.length] as string) : fallback;
    });
  return {
    ids(name, path) {
      const pool = poolName(name, path);
      const own = pick(() => (pool ? (pools.get(pool) ?? []) : anyId()));
      return fc.oneof(
        { weight: 16, arbitrary: own },
        { weight: 2, arbitrary: pick(anyId) },
        { weight: 2, arbitrary: fc.uuid() },
      );
    },
    known: (name) => known[name] ?? [],
    parentOf: (id) => parents.get(id),
  };
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

const asText = (value: unknown): string =>
  typeof value === "string" ? value.replace(/^⟦raw:(.*)⟧$/, "$1") : value === undefined ? "" : toJson(value);

/** JSON with the raw-number markers written as the bare literals they stand for. */
export function toJson(value: unknown): string {
  return JSON.stringify(value).replace(/"⟦raw:([^"⟧]+)⟧"/g, "$1");
}

/** Bodies only a hand could write: duplicate keys, prototype keys, a byte-order mark, cut-off JSON. */
const rawJsonBodies = [
  '{"__proto__":{"isAdmin":true}}',
  '{"constructor":{"prototype":{"isAdmin":true}}}',
  '{"title":"a","title":"b"}',
  "\ufeff{}",
  '{"a":',
  "[",
  "nul",
  '{"a":"\\ud800"}',
  '{"a":"\\u0000"}',
  `{"value":${rawNumberLiterals[0]}}`,
  "null",
  "0",
  '"string"',
  "[]",
];

interface Part {
  name: string;
  fileName?: string;
  content: string;
}
function multipart(parts: Part[], boundary = "fuzz-boundary-1325"): { contentType: string; payload: Buffer } {
  const chunks = parts.map((part) => {
    const disposition = `form-data; name="${part.name}"${part.fileName === undefined ? "" : `; filename="${part.fileName}"`}`;
    return `--${boundary}\r\nContent-Disposition: ${disposition}\r\nContent-Type: text/csv\r\n\r\n${part.content}\r\n`;
  });
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    payload: Buffer.from(`${chunks.join("")}--${boundary}--\r\n`, "utf8"),
  };
}

const csv = "Ime,Prezime,Spol\r\nĐurđa,Šarić,Ž\r\n";
/** Small files of the kinds the upload routes take, each named for what it is. */
const smallFiles = [
  { fileName: "lista.csv", content: csv },
  { fileName: "Lista učesnika.csv", content: csv },
  { fileName: "Записник.pdf", content: "%PDF-1.4\n% Zapisnik\n%%EOF\n" },
  { fileName: "dokaz.txt", content: "Izvještaj o provedbi" },
];
const hostileFileNames = [
  "a\u0000.csv",
  "../../../etc/passwd",
  "..\\..\\boot.ini",
  `${"ž".repeat(3000)}.csv`,
  "\u202ecsv.exe",
  'quote".csv',
  "",
  "Списак 😀.csv",
];

type Body = { contentType?: string; payload?: string | Buffer };

/** Multipart bodies a parser must refuse: no boundary, another boundary, cut off, garbage headers. */
const malformedMultipart: Body[] = [
  { contentType: "multipart/form-data", payload: "--x\r\n" },
  { contentType: "multipart/form-data; boundary=", payload: "----\r\n" },
  {
    contentType: "multipart/form-data; boundary=abc",
    payload: multipart([{ name: "file", fileName: "a.csv", content: csv }], "xyz").payload,
  },
  {
    contentType: "multipart/form-data; boundary=abc",
    payload: '--abc\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\nIme,Prezime',
  },
  {
    contentType: "multipart/form-data; boundary=abc",
    payload: '--abc\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
  },
  {
    contentType: "multipart/form-data; boundary=abc",
    payload: "--abc\r\nContent-Disposition: form-data\r\n\r\n\r\n--abc--\r\n",
  },
  { contentType: "multipart/form-data; boundary=abc", payload: "--abc\r\n\u0000\u0000\r\n--abc--" },
  { contentType: `multipart/form-data; boundary=${"b".repeat(500)}`, payload: "" },
];

/** Bodies of the wrong kind for the route: text, forms, XML, cut-off multipart, empty JSON. */
function wrongContent(json: string): fc.Arbitrary<Body> {
  return fc.constantFrom<Body>(
    { contentType: "text/plain", payload: json },
    { contentType: "application/x-www-form-urlencoded", payload: "title=x&kind=workshop" },
    { contentType: "multipart/form-data", payload: "--x\r\n" },
    {
      contentType: "multipart/form-data; boundary=zz",
      payload: '--zz\r\nContent-Disposition: form-data; name="file"\r\n\r\nabc',
    },
    { contentType: "application/json", payload: "" },
    { contentType: "application/json", payload: '{"a":' },
    { contentType: "application/json; charset=utf-16", payload: json },
    { contentType: "application/xml", payload: "<a/>" },
    { contentType: "application/octet-stream", payload: Buffer.from([0, 1, 2, 255]) },
    { contentType: "text/csv", payload: csv },
    { payload: json },
  );
}

function multipartBody(kind: RequestKind): fc.Arbitrary<Body> {
  const body = (parts: Part[], boundary?: string): Body => {
    const { contentType, payload } = multipart(parts, boundary);
    return { contentType, payload };
  };
  switch (kind) {
    case "valid":
      return fc.constantFrom(...smallFiles).map((file) => body([{ name: "file", ...file }]));
    case "mutated":
      return fc.constantFrom(
        body([{ name: "document", fileName: "lista.csv", content: csv }]),
        body([{ name: "file", content: csv }]),
        body([{ name: "description", content: "Opis" }]),
        body([
          { name: "file", fileName: "a.csv", content: csv },
          { name: "file", fileName: "b.csv", content: csv },
        ]),
        body([{ name: "file", fileName: "prazno.csv", content: "" }]),
        body([]),
      );
    case "hostile":
      return fc.oneof(
        fc
          .constantFrom(...hostileFileNames)
          .map((fileName) => body([{ name: "file", fileName, content: csv }])),
        fc.constantFrom(...malformedMultipart),
      );
    case "content":
      return fc.oneof(
        { weight: 2, arbitrary: fc.constantFrom(...malformedMultipart) },
        { weight: 1, arbitrary: wrongContent('{"file":"lista.csv"}') },
      );
  }
}

/** The arbitrary of requests of one kind for one operation. */
export function requestArbitrary(
  operation: Operation,
  kind: RequestKind,
  source: ValueSource,
): fc.Arbitrary<FuzzRequest> {
  const values = new SchemaValues(source, operation.path);

  const segment = (name: string): fc.Arbitrary<string> => {
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
    if (kind === "hostile")
      return fc.oneof({ weight: 1, arbitrary: real }, { weight: 1, arbitrary: hostile });
    return real;
  };
  // A nested row is mostly addressed under the row it belongs to (a participation under its event).
  const pathArbitrary = fc
    .tuple(
      fc.nat(9),
      ...operation.pathParams.map((p) => segment(p.name).map((value) => [p.name, value] as const)),
    )
    .map(([coin, ...pairs]) => {
      const parent = pairs.length === 2 && coin < 8 ? source.parentOf(pairs[1]?.[1] ?? "") : undefined;
      let path = operation.path;
      for (const [index, [name, value]] of pairs.entries()) {
        path = path.replace(`{${name}}`, index === 0 && parent ? parent : value);
      }
      return path;
    });

  const queryValue = (schema: JsonSchema, name: string): fc.Arbitrary<string> => {
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
  };
  const queryPairs = fc
    .tuple(
      ...operation.query.map((p) => {
        const pair = queryValue(p.schema, p.name).map(
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
  const extraQuery: fc.Arbitrary<string[]> =
    kind === "mutated"
      ? fc.constantFrom([], ["unknown=1"], ["page=1&page=2"], ["pageSize=0"], ["sort=__proto__"])
      : kind === "hostile"
        ? fc.constantFrom(
            [],
            ["q=%ZZ"],
            ["q=%00"],
            ["a[b]=1"],
            ["q=%F0%9F%98%80&q=x"],
            [`q=${"x".repeat(20_000)}`],
            ["=&&=="],
          )
        : fc.constant([]);
  const queryArbitrary = fc
    .tuple(queryPairs, extraQuery)
    .map(([pairs, extra]) => [...pairs, ...extra].join("&"));

  const bodyArbitrary: fc.Arbitrary<Body> = (() => {
    if (operation.multipart) return multipartBody(kind);
    const schema = operation.body;
    const json = (arbitrary: fc.Arbitrary<unknown>) =>
      arbitrary.map((value): Body => ({ contentType: "application/json", payload: toJson(value) }));
    if (!schema) {
      if (kind === "valid" || operation.method === "GET") return fc.constant({});
      if (kind === "mutated")
        return fc.constant({ contentType: "application/json", payload: '{"unknown":1}' });
      if (kind === "hostile")
        return fc
          .constantFrom(...rawJsonBodies)
          .map((payload) => ({ contentType: "application/json", payload }));
      return wrongContent("{}");
    }
    switch (kind) {
      case "valid":
        return json(values.valid(schema));
      case "mutated":
        return json(values.mutated(schema));
      case "hostile":
        return fc.oneof(
          { weight: 6, arbitrary: json(values.hostile(schema)) },
          {
            weight: 1,
            arbitrary: fc
              .constantFrom(...rawJsonBodies)
              .map((payload): Body => ({ contentType: "application/json", payload })),
          },
        );
      case "content":
        return values.valid(schema).chain((value) => wrongContent(toJson(value)));
    }
  })();

  const origin: fc.Arbitrary<Record<string, string>> =
    kind === "hostile" && operation.method !== "GET"
      ? fc.option(fc.constant({ origin: "https://napad.example" }), { nil: {}, freq: 12 })
      : fc.constant({});

  return fc.tuple(pathArbitrary, queryArbitrary, bodyArbitrary, origin).map(([path, query, body, extra]) => {
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
