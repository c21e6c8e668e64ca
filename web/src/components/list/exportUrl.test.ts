import { describe, expect, it } from "vitest";
import { exportUrl } from "./exportUrl.js";

describe("export address", () => {
  it("keeps the list's search, filters, sort and order, and leaves out paging and empty values", () => {
    const url = exportUrl(
      "events",
      {
        q: "Žene u policiji",
        page: 3,
        pageSize: 25,
        sort: "title",
        order: "desc",
        kind: "",
        projectId: undefined,
      },
      "xlsx",
    );
    expect(url).toBe("/api/events/export?q=%C5%BDene+u+policiji&sort=title&order=desc&format=xlsx");
  });

  it("keeps flags as the API reads them", () => {
    expect(exportUrl("action-items", { overdue: "true", status: "open" }, "csv")).toBe(
      "/api/action-items/export?overdue=true&status=open&format=csv",
    );
  });
});
