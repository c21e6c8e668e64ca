/**
 * Bodies of the fuzzer's requests: JSON from the operation's schema (valid, mutated or hostile),
 * bodies only a hand could write, small files for the upload routes, multipart bodies a parser must
 * refuse, and bodies of a content type the route does not take.
 */
import fc from "fast-check";
import { rawNumberLiterals, toJson } from "./hostile.js";
import type { Operation } from "./openapi.js";
import type { RequestKind } from "./requests.js";
import type { SchemaValues } from "./values.js";

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

export type Body = { contentType?: string; payload?: string | Buffer };

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

/** The bodies above, sent as `application/json`. */
const rawJson: fc.Arbitrary<Body> = fc
  .constantFrom(...rawJsonBodies)
  .map((payload): Body => ({ contentType: "application/json", payload }));

/** The body of a request of one kind for one operation (none for a GET, or a route without a body). */
export function bodyArbitrary(
  operation: Operation,
  kind: RequestKind,
  values: SchemaValues,
): fc.Arbitrary<Body> {
  if (operation.multipart) return multipartBody(kind);
  const schema = operation.body;
  const json = (arbitrary: fc.Arbitrary<unknown>) =>
    arbitrary.map((value): Body => ({ contentType: "application/json", payload: toJson(value) }));
  if (!schema) {
    if (kind === "valid" || operation.method === "GET") return fc.constant({});
    if (kind === "mutated") return fc.constant({ contentType: "application/json", payload: '{"unknown":1}' });
    if (kind === "hostile") return rawJson;
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
        { weight: 1, arbitrary: rawJson },
      );
    case "content":
      return values.valid(schema).chain((value) => wrongContent(toJson(value)));
  }
}
