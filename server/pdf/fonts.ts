/**
 * The one font of every PDF: Roboto as pdfmake ships it. Its faces cover Latin Extended (š đ č ć ž)
 * and Cyrillic, so names and labels in Bosnian, Croatian and Serbian (both scripts) print as typed;
 * `pdf.test.ts` checks that coverage on the font files themselves.
 */
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** The font files of the four faces, resolved inside the installed pdfmake package. */
export const robotoFiles = {
  normal: require.resolve("pdfmake/fonts/Roboto/Roboto-Regular.ttf"),
  bold: require.resolve("pdfmake/fonts/Roboto/Roboto-Medium.ttf"),
  italics: require.resolve("pdfmake/fonts/Roboto/Roboto-Italic.ttf"),
  bolditalics: require.resolve("pdfmake/fonts/Roboto/Roboto-MediumItalic.ttf"),
} as const;

export const FONT_FAMILY = "Roboto";

/** The only local files a document may read: the font files. */
const allowedFiles = new Set<string>(Object.values(robotoFiles));
export const isFontFile = (path: string): boolean => allowedFiles.has(path);
