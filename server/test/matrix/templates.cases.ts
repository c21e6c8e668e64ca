import ExcelJS from "exceljs";
import { multipartFile } from "../multipart.js";
import { expectations, type RouteCase } from "./matrix.js";
import { submission } from "./submissions.cases.js";

/** A filled template with one value for the indicator: the technical columns and the value column. */
async function filledTemplate(indicatorId: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Indikatori");
  sheet.addRow(["Vrijednost", "indicator_id", "category_key"]);
  sheet.addRow([7, indicatorId, ""]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Templates follow their submission: read as it is read, uploaded as its values are written. */
export const templateCases: RouteCase[] = [
  {
    route: "GET /api/submissions/:id/template.xlsx",
    request: async (w, s) => ({
      url: `/api/submissions/${(await submission(w, s, "approved")).id}/template.xlsx`,
    }),
    expect: expectations({
      staff: "200 200 404",
      representative: "200 404 404",
      viewer: "200 200 404",
      others: "403 403 404",
    }),
  },
  {
    route: "POST /api/submissions/:id/template",
    request: async (w, s) => {
      const { id, indicatorId } = await submission(w, s, "draft");
      return {
        url: `/api/submissions/${id}/template`,
        ...multipartFile("Obrazac.xlsx", await filledTemplate(indicatorId)),
      };
    },
    expect: expectations({ staff: "200 200 404", representative: "200 404 404", others: "403 403 404" }),
  },
];
