import type { Locator, Page } from "playwright-core";

export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

/** How the file was read, as the wizard shows it (step 2), by the English labels. */
export interface HowRead {
  file?: string;
  encoding?: string;
  delimiter?: string;
  sheet?: string;
  headerRow?: string;
  rows?: string;
}

const readLabels: Record<string, keyof HowRead> = {
  File: "file",
  "Character encoding": "encoding",
  "Column separator": "delimiter",
  Sheet: "sheet",
  "Header row": "headerRow",
  Rows: "rows",
};

/** The import wizard (file → columns → rows → import), its result page and the list of imports. */
export class ImportsPage {
  constructor(private readonly page: Page) {}

  /** From the event page, the participants section's button opens the wizard with the event chosen. */
  async startAttendanceImport(eventId: string) {
    await this.page.goto(`/events/${eventId}`);
    await this.page
      .getByRole("region", { name: "Participants", exact: true })
      .getByRole("link", { name: "Import attendance list" })
      .click();
    await this.page.getByRole("heading", { level: 1, name: "Import a spreadsheet" }).waitFor();
    await this.fileSection().getByRole("radio", { name: "Attendance list of an event" }).waitFor();
  }

  /** Opens the wizard for another kind: "People" or "Organisations". */
  async start(kind: "People" | "Organisations" | "Attendance list of an event") {
    await this.page.goto("/imports/new");
    await this.page.getByRole("heading", { level: 1, name: "Import a spreadsheet" }).waitFor();
    await this.fileSection().getByRole("radio", { name: kind }).check();
  }

  /** Chooses the file, uploads it and waits for step 2 ("Check the columns"). */
  async upload(file: UploadFile) {
    const section = this.fileSection();
    // Mantine's file input keeps the native input hidden behind its button.
    await section.locator('input[type="file"]').setInputFiles(file);
    await section.getByRole("button", { name: "Upload and read" }).click();
    await this.columnsSection().waitFor();
  }

  /** Uploads and returns the error shown instead of step 2 (a refused or unreadable file). */
  async uploadRefused(file: UploadFile) {
    const section = this.fileSection();
    await section.locator('input[type="file"]').setInputFiles(file);
    await section.getByRole("button", { name: "Upload and read" }).click();
    const problem = section.getByRole("alert").or(section.locator('[id$="-error"]'));
    await problem.first().waitFor();
    return ((await problem.first().textContent()) ?? "").trim();
  }

  /** Encoding, delimiter, sheet and header row as shown under "How the file was read". */
  async howRead(): Promise<HowRead> {
    const region = this.page.getByRole("region", { name: "How the file was read" });
    const terms = await region.getByRole("term").allTextContents();
    const definitions = region.getByRole("definition");
    const read: HowRead = {};
    for (const [index, term] of terms.entries()) {
      const key = readLabels[term.trim()];
      if (!key) continue;
      const definition = definitions.nth(index);
      const select = definition.getByRole("combobox");
      read[key] =
        (await select.count()) > 0
          ? await select.evaluate((element) => {
              const list = element as HTMLSelectElement;
              return list.options[list.selectedIndex]?.text ?? "";
            })
          : ((await definition.textContent()) ?? "").trim();
    }
    return read;
  }

  /** The select of one column (by its header as in the file). */
  columnField(header: string) {
    return this.columnsSection().getByRole("combobox", { name: fieldFor(header), exact: true });
  }

  /** The table row of one column: its header, its field, how the field was found, sample values. */
  private columnRow(header: string) {
    return this.columnsSection()
      .getByRole("row")
      .filter({ has: this.page.getByRole("combobox", { name: fieldFor(header), exact: true }) });
  }

  /** The field a column fills now ("Ignore" when ignored). */
  async fieldOf(header: string) {
    return this.columnField(header).evaluate((element) => {
      const list = element as HTMLSelectElement;
      return list.options[list.selectedIndex]?.text ?? "";
    });
  }

  /** How the column's field was found: "remembered", "exact", "close", "your choice", "not recognised". */
  async sourceOf(header: string) {
    const row = this.columnRow(header);
    return ((await row.getByRole("cell").nth(1).textContent()) ?? "").trim();
  }

  /** Sets a column's field (or "Ignore") and waits until the server has read the rows again. */
  async setColumnField(header: string, field: string) {
    await this.columnField(header).selectOption({ label: field });
    const row = this.columnRow(header);
    // The badge reads "saving…" until the server has answered the new preview.
    await row.getByText("saving…", { exact: true }).waitFor({ state: "hidden" });
    await row.getByText("your choice", { exact: true }).waitFor();
  }

  /**
   * Answers the test's maximum asked for when the file has scores without one (the suggested value
   * unless another is given), and waits until the server has taken it.
   */
  async giveScoreMaximum(value?: number) {
    const region = this.page.getByRole("region", { name: "Test maximum" });
    const input = region.getByRole("textbox", { name: "Maximum score of the test" });
    if (value !== undefined) await input.fill(String(value));
    const chosen = await input.inputValue();
    await region.getByRole("button", { name: "Use this maximum" }).click();
    await region.getByText(`Scores without a maximum are recorded out of ${chosen}.`).waitFor();
  }

  /** Step 2 → step 3. */
  async continueToRows() {
    await this.columnsSection().getByRole("button", { name: "Continue" }).click();
    await this.page.getByRole("region", { name: "Check the rows" }).waitFor();
  }

  /** The counts of step 3 (or of the result page): "Rows", "New people", "Skipped"… → number. */
  async counts(): Promise<Record<string, number>> {
    const region = this.page
      .getByRole("region", { name: "Check the rows" })
      .or(this.page.getByRole("region", { name: "What the import did" }));
    return readCounts(region.first());
  }

  /** The problems table: one entry per issue with its row, kind, column, value and message. */
  async issues() {
    const table = this.page.getByRole("region", { name: "Problems in the file" }).getByRole("table");
    if ((await table.count()) === 0) return [];
    const rows = await table.getByRole("row").all();
    const issues: { row: string; kind: string; column: string; value: string; message: string }[] = [];
    for (const row of rows.slice(1)) {
      const [rowNumber = "", kind = "", column = "", value = "", message = ""] = (
        await row.getByRole("cell").allTextContents()
      ).map((text) => text.trim());
      issues.push({ row: rowNumber, kind, column, value, message });
    }
    return issues;
  }

  /**
   * Confirms a likely match of the file's row (by the name in the file, or "Row 7: Name"): the
   * candidate whose name starts the option, or "new" to register a new person.
   */
  async confirmLikely(rowName: string, choice: string | "new") {
    const group = this.page
      .getByRole("region", { name: "Likely matches" })
      .getByRole("radiogroup", { name: rowName });
    const option =
      choice === "new"
        ? group.getByRole("radio", { name: "Register as a new person" })
        : group.getByRole("radio", { name: choice }).first();
    await option.check();
  }

  /**
   * Opens a row of the problems table for correction, fills the text fields given (by their
   * labels: "Full name", "Organisation"…), saves, and waits until the server has checked the row again.
   */
  async correctRow(rowNumber: number, values: Record<string, string>) {
    const region = this.page.getByRole("region", { name: "Problems in the file" });
    await region.getByRole("button", { name: `Correct row ${rowNumber}`, exact: true }).click();
    const form = region.getByRole("form", { name: `Correct row ${rowNumber}` });
    for (const [label, value] of Object.entries(values)) {
      await form.getByRole("textbox", { name: label, exact: true }).fill(value);
    }
    await form.getByRole("button", { name: "Save and check again" }).click();
    await form.waitFor({ state: "detached" });
  }

  /** Answers a likely in-file duplicate ("Rows 3 and 4"): the same person, or two people. */
  async decideDuplicate(rows: string, same: boolean) {
    const group = this.page
      .getByRole("region", { name: "The same person twice in the file?" })
      .getByRole("radiogroup", { name: rows });
    const option = group.getByRole("radio", {
      name: same ? "The same person: merge the rows" : "Two different people",
    });
    await option.click();
    await untilChecked(option);
  }

  /** Registers every likely match not yet confirmed as a new person. */
  async allRemainingLikelyAsNew() {
    await this.page
      .getByRole("region", { name: "Likely matches" })
      .getByRole("button", { name: /^Register the remaining/ })
      .click();
  }

  /** Commits (optionally creating missing organisations), confirms, and waits for the result page. */
  /**
   * Commits and waits for the result page. With `progress`, the list is long enough to be written
   * in the background: its progress must show, with a bar and the counts so far, before the result.
   */
  async commit(options: { createMissingOrganisations?: boolean; progress?: boolean } = {}) {
    const section = this.page.getByRole("region", { name: "Import", exact: true });
    if (options.createMissingOrganisations !== undefined) {
      await section
        .getByRole("checkbox", { name: "Create missing organisations" })
        .setChecked(options.createMissingOrganisations);
    }
    await section.getByRole("button", { name: /^Import [\d,]+ rows?$/ }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("button", { name: "Import", exact: true }).click();
    if (options.progress) {
      const progress = this.page.getByRole("region", { name: "Writing the import" });
      await progress.getByRole("progressbar").waitFor();
      await progress.getByText(/rows read/).waitFor();
    }
    await this.page.getByRole("heading", { level: 1, name: "Import complete" }).waitFor({ timeout: 60_000 });
  }

  /** The counts of the result page. */
  async resultCounts() {
    return readCounts(this.page.getByRole("region", { name: "What the import did" }));
  }

  /** From the result page of an attendance import, back to the event. */
  async openEvent() {
    await this.page.getByRole("link", { name: "Open the event" }).click();
    await this.page.getByRole("region", { name: "Participants", exact: true }).waitFor();
  }

  /** The list of past imports, newest first: one entry per row of the table. */
  async listImports() {
    await this.page.goto("/imports");
    await this.page.getByRole("heading", { level: 1, name: "Imports" }).waitFor();
    const table = this.page.getByRole("table", { name: "Imports" });
    await table.getByRole("row").nth(1).waitFor();
    const rows = await table.getByRole("row").all();
    const entries: Record<string, string>[] = [];
    const headers = (await rows[0]?.getByRole("columnheader").allTextContents()) ?? [];
    for (const row of rows.slice(1)) {
      const cells = await row.getByRole("cell").allTextContents();
      entries.push(
        Object.fromEntries(headers.map((header, index) => [header.trim(), (cells[index] ?? "").trim()])),
      );
    }
    return entries;
  }

  private fileSection() {
    return this.page.getByRole("region", { name: "Choose the file" });
  }

  private columnsSection() {
    return this.page.getByRole("region", { name: "Check the columns" });
  }
}

const fieldFor = (header: string) => `Field for column “${header}”`;

async function readCounts(region: Locator): Promise<Record<string, number>> {
  const terms = await region.getByRole("term").allTextContents();
  const values = await region.getByRole("definition").allTextContents();
  return Object.fromEntries(
    terms.map((term, index) => [term.trim(), Number((values[index] ?? "").replace(/[^\d-]/g, ""))]),
  );
}

/** Waits until a radio the server answers for is checked. */
async function untilChecked(option: Locator) {
  for (let attempt = 0; attempt < 50 && !(await option.isChecked()); attempt++) {
    await option.page().waitForTimeout(100);
  }
  if (!(await option.isChecked())) throw new Error("the answer was not taken");
}
