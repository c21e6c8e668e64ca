import { describe, expect, it } from "vitest";
import { EventInput } from "../../common/schemas/events.js";
import { toQueryString } from "./api/client.js";
import { parseTypedDate } from "./components/forms/dates.js";
import { schemaErrors } from "./components/forms/validation.js";
import type { Translate } from "./i18n/useT.js";
import { diffFields } from "./routes/audit/diff.js";
import { safeRedirect } from "./routes/login/redirect.js";
import { buildTree } from "./routes/plans/tree.js";

const t: Translate = (id, values) => (values ? `${id} ${JSON.stringify(values)}` : id);

describe("parseTypedDate", () => {
  it("reads the local, ISO and English forms", () => {
    expect(parseTypedDate("15.03.2012")).toBe("2012-03-15");
    expect(parseTypedDate("5.3.2012.")).toBe("2012-03-05");
    expect(parseTypedDate("15/03/2012")).toBe("2012-03-15");
    expect(parseTypedDate("2012-03-15")).toBe("2012-03-15");
    expect(parseTypedDate("15 Mar 2012")).toBe("2012-03-15");
  });

  it("refuses dates that do not exist", () => {
    expect(parseTypedDate("31.02.2012")).toBeNull();
    expect(parseTypedDate("yesterday")).toBeNull();
  });
});

describe("schemaErrors", () => {
  it("puts translated messages on the fields of the shared schema", () => {
    const errors = schemaErrors(
      EventInput,
      {
        title: " ",
        kind: "",
        startsOn: "2012-03-15",
        endsOn: "2012-03-01",
        jurisdictionId: null,
        organizerIds: [],
      },
      t,
    );
    expect(errors.title).toBe("validation.required");
    expect(errors.kind).toBe("validation.required");
    expect(errors.jurisdictionId).toBe("validation.required");
    expect(errors.organizerIds).toBe('validation.chooseAtLeast {"min":1}');
  });

  it("translates the rules written in the schemas by their reason codes", () => {
    const errors = schemaErrors(
      EventInput,
      {
        title: "Radionica",
        kind: "workshop",
        startsOn: "2012-03-15",
        endsOn: "2012-03-01",
        jurisdictionId: "0cecd5f3-7543-49d2-b696-b924a71f7205",
        organizerIds: ["0cecd5f3-7543-49d2-b696-b924a71f7205"],
      },
      t,
    );
    expect(errors).toEqual({ endsOn: 'reason.date_order {"reason":"date_order"}' });
  });
});

describe("toQueryString", () => {
  it("leaves out empty values and keeps letters intact", () => {
    expect(toQueryString({ q: "Žene Ženama", kind: "", page: 2, sex: undefined })).toBe(
      "?q=%C5%BDene+%C5%BDenama&page=2",
    );
  });
});

describe("safeRedirect", () => {
  it("only returns addresses inside the app", () => {
    expect(safeRedirect("/events?kind=workshop")).toBe("/events?kind=workshop");
    expect(safeRedirect("//evil.example")).toBe("/");
    expect(safeRedirect("https://evil.example")).toBe("/");
    expect(safeRedirect("/login?redirect=/x")).toBe("/");
    expect(safeRedirect(undefined)).toBe("/");
  });
});

describe("diffFields", () => {
  it("lists changed fields first", () => {
    const rows = diffFields({ a: 1, b: "Žene" }, { a: 1, b: "Жене", c: true });
    expect(rows.map((row) => [row.field, row.changed])).toEqual([
      ["b", true],
      ["c", true],
      ["a", false],
    ]);
  });
});

describe("buildTree", () => {
  const node = (id: string, parentId: string | null, position: number) => ({
    id,
    planId: "p",
    parentId,
    depth: parentId ? 1 : 0,
    position,
    code: id,
    title: id,
    description: null,
    leadOrganizationId: null,
    leadOrganizationName: null,
    coResponsibleOrganizations: [],
    deadline: null,
    status: null,
    budgetAmount: null,
    budgetCurrency: null,
    fundingSource: null,
    pillars: [],
  });

  it("nests children under their parents in sibling order", () => {
    const tree = buildTree([
      node("1", null, 0),
      node("1.2", "1", 1),
      node("1.1", "1", 0),
      node("2", null, 1),
    ]);
    expect(tree.map((item) => item.node.id)).toEqual(["1", "2"]);
    expect(tree[0]?.children.map((item) => item.node.id)).toEqual(["1.1", "1.2"]);
  });
});
