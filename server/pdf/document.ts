/**
 * PDF documents of the app: a document definition (pdfmake) in, the bytes out. Every document is
 * A4, set in Roboto (see fonts.ts), uses the project-wide styles and carries page numbers in its
 * footer. Documents never read the network or files other than the font.
 */
import pdfmake from "pdfmake";
import type { Content, TDocumentDefinitions } from "pdfmake/interfaces.js";
import { FONT_FAMILY, isFontFile, robotoFiles } from "./fonts.js";

pdfmake.setFonts({ [FONT_FAMILY]: robotoFiles });
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy(isFontFile);

/** The styles every document may use by name. */
export const pdfStyles = {
  title: { fontSize: 18, bold: true, margin: [0, 0, 0, 4] },
  subtitle: { fontSize: 11, color: "#555555", margin: [0, 0, 0, 12] },
  heading: { fontSize: 13, bold: true, color: "#5f3dc4", margin: [0, 14, 0, 6] },
  h3: { fontSize: 12, bold: true, margin: [0, 8, 0, 4] },
  h4: { fontSize: 11, bold: true, margin: [0, 6, 0, 3] },
  tableHeader: { bold: true, fillColor: "#f1f3f5" },
  label: { color: "#555555" },
  small: { fontSize: 8, color: "#555555" },
  empty: { italics: true, color: "#777777" },
} satisfies TDocumentDefinitions["styles"];

export type PdfStyle = keyof typeof pdfStyles;

export interface PdfInput {
  /** The document title in its metadata. */
  title: string;
  content: Content[];
  /** The footer text of a page, e.g. "Page 2 of 5". */
  pageLabel: (page: number, pages: number) => string;
  orientation?: "portrait" | "landscape";
  language: string;
}

/** The full definition of a document: A4, the styles, the font and the page-numbered footer. */
export function definePdf(input: PdfInput): TDocumentDefinitions {
  return {
    info: { title: input.title, creator: "nap1325", producer: "nap1325" },
    language: input.language,
    pageSize: "A4",
    pageOrientation: input.orientation ?? "portrait",
    pageMargins: [48, 48, 48, 56],
    defaultStyle: { font: FONT_FAMILY, fontSize: 10, lineHeight: 1.2 },
    styles: pdfStyles,
    content: input.content,
    footer: (page: number, pages: number) => ({
      text: input.pageLabel(page, pages),
      style: "small",
      alignment: "center",
      margin: [0, 20, 0, 0],
    }),
  };
}

/** Renders a document definition to the bytes of a PDF file. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfmake.createPdf(definition).getBuffer();
}

/**
 * Every piece of text a document prints: its content, and the footer as it reads on the pages
 * given. What the font must cover.
 */
export function textOf(definition: TDocumentDefinitions, pages = [1, 2]): string[] {
  const found: string[] = [];
  const walk = (node: unknown): void => {
    if (typeof node === "string") found.push(node);
    else if (typeof node === "number") found.push(String(node));
    else if (Array.isArray(node)) for (const item of node) walk(item);
    else if (node && typeof node === "object") {
      const record = node as Record<string, unknown>;
      for (const key of ["text", "stack", "columns", "ul", "ol", "table", "body"]) walk(record[key]);
    }
  };
  walk(definition.content);
  const footer = definition.footer;
  if (typeof footer === "function") {
    for (const page of pages)
      walk(footer(page, Math.max(...pages), { width: 595, height: 842, orientation: "portrait" }));
  }
  return found;
}
