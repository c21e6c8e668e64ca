/**
 * The parts of a minimal Office Open XML workbook with one sheet, as `xlsx.ts` writes them: the
 * package's fixed files, the styles, and the pieces of the sheet and its shared strings. Text given
 * here is already escaped for the format (`_xHHHH_`); these functions only escape it for XML.
 */

const declaration = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const mainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const relNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const packageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";

const xmlEntities: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };
const needsXmlEscape = /[&<>"]/;

/** Text as XML character data or an attribute value; other characters stay as they are (UTF-8). */
export function escapeXml(text: string): string {
  return needsXmlEscape.test(text) ? text.replace(/[&<>"]/g, (c) => xmlEntities[c] as string) : text;
}

/** The letters of a column, from 0: A … Z, AA … */
export function columnLetters(index: number): string {
  let letters = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The serial number Excel stores for a moment: days since 1899-12-30 (UTC), time as a fraction. */
export function excelSerial(date: Date): number {
  return date.getTime() / 86_400_000 + 25_569;
}

/** A cell range of the first `columns` columns, from row 1 to row `lastRow`, e.g. "A1:F3". */
export function rangeRef(columns: number, lastRow: number, absolute = false): string {
  const letters = columnLetters(columns - 1);
  return absolute ? `$A$1:$${letters}$${lastRow}` : `A1:${letters}${lastRow}`;
}

export const contentTypesXml = `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>\
</Types>`;

export const packageRelsXml = `${declaration}<Relationships xmlns="${packageRelNs}">\
<Relationship Id="rId1" Type="${relNs}/officeDocument" Target="xl/workbook.xml"/>\
</Relationships>`;

export const workbookRelsXml = `${declaration}<Relationships xmlns="${packageRelNs}">\
<Relationship Id="rId1" Type="${relNs}/worksheet" Target="worksheets/sheet1.xml"/>\
<Relationship Id="rId2" Type="${relNs}/styles" Target="styles.xml"/>\
<Relationship Id="rId3" Type="${relNs}/sharedStrings" Target="sharedStrings.xml"/>\
</Relationships>`;

/**
 * The workbook: its one sheet, and the hidden `_xlnm._FilterDatabase` name Excel keeps for an
 * autofilter (over `filterRef`, absolute, when there is one).
 */
export function workbookXml(sheetName: string, filterRef: string | null): string {
  const quoted = `'${sheetName.replaceAll("'", "''")}'`;
  const names = filterRef
    ? `<definedNames><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">${escapeXml(
        `${quoted}!${filterRef}`,
      )}</definedName></definedNames>`
    : "";
  return `${declaration}<workbook xmlns="${mainNs}" xmlns:r="${relNs}">\
<bookViews><workbookView/></bookViews>\
<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets>${names}</workbook>`;
}

/** The style index of a bold header cell; 0 is the default style. */
export const headerStyle = 1;

/**
 * The styles: fonts normal and bold, cell formats default, bold header and one per distinct number
 * format. `styleOf` holds the style index of each given format (0 for none).
 */
export function stylesFor(formats: readonly (string | undefined)[]): { xml: string; styleOf: number[] } {
  const distinct = [...new Set(formats.filter((f): f is string => f !== undefined))];
  const styleOf = formats.map((f) => (f === undefined ? 0 : headerStyle + 1 + distinct.indexOf(f)));
  const numFmts = distinct.length
    ? `<numFmts count="${distinct.length}">${distinct
        .map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${escapeXml(f)}"/>`)
        .join("")}</numFmts>`
    : "";
  const font = '<sz val="11"/><name val="Calibri"/><family val="2"/>';
  const xf = (numFmtId: number, fontId: number) =>
    `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="0" borderId="0" xfId="0"${
      fontId ? ' applyFont="1"' : ""
    }${numFmtId ? ' applyNumberFormat="1"' : ""}/>`;
  const xfs = [xf(0, 0), xf(0, 1), ...distinct.map((_, i) => xf(164 + i, 0))];
  const xml = `${declaration}<styleSheet xmlns="${mainNs}">${numFmts}\
<fonts count="2"><font>${font}</font><font><b/>${font}</font></fonts>\
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>\
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>\
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>\
<cellXfs count="${xfs.length}">${xfs.join("")}</cellXfs>\
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>\
<dxfs count="0"/><tableStyles count="0"/></styleSheet>`;
  return { xml, styleOf };
}

/**
 * The start of the sheet up to its first row: the frozen pane below row 1, the column widths (and
 * each column's style, for cells typed in later), and the opening of the sheet data.
 */
export function sheetStartXml(widths: readonly number[], styleOf: readonly number[]): string {
  const cols = widths.length
    ? `<cols>${widths
        .map((width, i) => {
          const style = styleOf[i] ? ` style="${styleOf[i]}"` : "";
          return `<col min="${i + 1}" max="${i + 1}" width="${width}" customWidth="1"${style}/>`;
        })
        .join("")}</cols>`
    : "";
  return `${declaration}<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">\
<sheetViews><sheetView tabSelected="1" workbookViewId="0">\
<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>\
<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>\
<sheetFormatPr defaultRowHeight="15"/>${cols}<sheetData>`;
}

/** The end of the sheet after its last row, with the autofilter (a relative range) if any. */
export function sheetEndXml(filterRef: string | null): string {
  return `</sheetData>${filterRef ? `<autoFilter ref="${filterRef}"/>` : ""}</worksheet>`;
}

/** Whitespace XML would not keep as it is without `xml:space="preserve"`. */
const loseableSpace = /^\s|\s$|[\t\n]|\s\s/;

/** One shared string item. */
export function sharedStringXml(text: string): string {
  const space = loseableSpace.test(text) ? ' xml:space="preserve"' : "";
  return `<si><t${space}>${escapeXml(text)}</t></si>`;
}

/** The start of the shared-strings table: `count` uses of `unique` distinct strings. */
export function sharedStringsStartXml(count: number, unique: number): string {
  return `${declaration}<sst xmlns="${mainNs}" count="${count}" uniqueCount="${unique}">`;
}

export const sharedStringsEndXml = "</sst>";
