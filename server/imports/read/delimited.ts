/**
 * Delimited text (CSV) → rows of cells. Excel in a local office writes semicolons (the decimal comma
 * takes the comma), an export from elsewhere writes commas, and some tools write tabs.
 */
import { parse } from "csv-parse/sync";
import { type ReadLimits, RowCounter } from "./limits.js";

export type Delimiter = "," | ";" | "\t";

export interface DelimitedRows {
  delimiter: Delimiter;
  rows: string[][];
}

/** Candidates in order of preference when they do equally well. */
const candidates: readonly Delimiter[] = [";", ",", "\t"];

/** How many records the detection looks at. */
const sampleRecords = 30;

/**
 * The number of fields of each of the first records when split by the delimiter, reading quotes as
 * a spreadsheet does: a field that starts with `"` runs to the closing quote (`""` is a quote inside),
 * so delimiters and line breaks inside it do not count. Blank records are left out.
 */
export function fieldCounts(text: string, delimiter: Delimiter, limit = sampleRecords): number[] {
  const counts: number[] = [];
  let fields = 1;
  let blank = true;
  let inQuotes = false;
  let atFieldStart = true;
  const endRecord = (): void => {
    if (!blank) counts.push(fields);
    fields = 1;
    blank = true;
    atFieldStart = true;
  };
  for (let i = 0; i < text.length && counts.length < limit; i++) {
    const ch = text[i];
    if (inQuotes) {
      if (ch === '"' && text[i + 1] === '"') i++;
      else if (ch === '"') inQuotes = false;
      continue;
    }
    if (ch === '"' && atFieldStart) {
      inQuotes = true;
      blank = false;
      atFieldStart = false;
    } else if (ch === delimiter) {
      fields++;
      blank = false;
      atFieldStart = true;
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      if (ch !== " ") blank = false;
      atFieldStart = false;
    }
  }
  if (counts.length < limit) endRecord();
  return counts;
}

/**
 * How consistently a delimiter splits the sample: among the records it splits into two or more
 * fields, the most frequent field count and how many records have it. Title lines above the
 * header (one field) do not count against it.
 */
function consistency(counts: readonly number[]): { agreeing: number; columns: number } {
  const frequency = new Map<number, number>();
  for (const count of counts) if (count >= 2) frequency.set(count, (frequency.get(count) ?? 0) + 1);
  let best = { agreeing: 0, columns: 1 };
  for (const [columns, agreeing] of frequency) {
    if (agreeing > best.agreeing || (agreeing === best.agreeing && columns > best.columns)) {
      best = { agreeing, columns };
    }
  }
  return best;
}

/**
 * The delimiter among `;` `,` and TAB that gives the most records with one and the same field
 * count (of at least two) over the first records; then the one giving more columns; then the
 * earlier in that list. A file with a single column comes out as `;`.
 */
export function detectDelimiter(text: string): Delimiter {
  let chosen: Delimiter = candidates[0] ?? ";";
  let best = { agreeing: 0, columns: 1 };
  for (const delimiter of candidates) {
    const score = consistency(fieldCounts(text, delimiter));
    if (
      score.agreeing > best.agreeing ||
      (score.agreeing === best.agreeing && score.agreeing > 0 && score.columns > best.columns)
    ) {
      chosen = delimiter;
      best = score;
    }
  }
  return chosen;
}

/**
 * Parses delimited text into rows of raw cell text. Quoted cells may hold the delimiter, quotes
 * and line breaks; rows may differ in length; blank lines stay as rows of one empty cell so that
 * row numbers match the records of the file (a record with a line break inside is one row). With
 * limits, each record is checked as it is parsed and the first one past them stops the parse.
 */
export function readDelimited(
  text: string,
  delimiter: Delimiter = detectDelimiter(text),
  limits?: ReadLimits,
): DelimitedRows {
  const counter = limits ? new RowCounter(limits) : undefined;
  let recordNumber = 0;
  const rows = parse(text.replace(/^\uFEFF/, ""), {
    delimiter,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    on_record: (record: string[]) => {
      recordNumber += 1;
      counter?.add(record, recordNumber);
      return record;
    },
  });
  return { delimiter, rows };
}
