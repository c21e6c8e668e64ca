import type { Page } from "playwright-core";

/** A period's reports (who has reported what) and one organisation's report. */
export class ReportingPage {
  constructor(private readonly page: Page) {}

  /** From the plan page, the link of one reporting period to its reports. */
  async openPeriod(planId: string, periodName: string) {
    await this.page.goto(`/plans/${planId}`);
    await this.page.getByRole("link", { name: `Reports for ${periodName}` }).click();
    await this.page.getByRole("heading", { level: 1, name: `Reports for ${periodName}` }).waitFor();
  }

  async startOwnReport() {
    await this.page.getByRole("button", { name: "Start our report" }).click();
    await this.confirmed("Report started");
    await this.page.getByRole("heading", { name: "Indicators" }).waitFor();
  }

  async openReport(organizationName: string) {
    await this.page.getByRole("link", { name: organizationName }).click();
    await this.page.getByRole("heading", { name: "Indicators" }).waitFor();
  }

  /** The status badge next to the report's title. */
  async status() {
    const header = this.page.getByRole("heading", { level: 1 }).locator("xpath=..");
    return ((await header.locator(".mantine-Badge-root").first().textContent()) ?? "").trim();
  }

  valueInput(label: string) {
    return this.page.getByRole("textbox", { name: label, exact: true });
  }

  async fillValues(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await this.valueInput(label).fill(value);
    }
    await this.page.getByRole("button", { name: "Save values" }).click();
    await this.confirmed("Values saved");
  }

  async reportOnAction(code: string, status: string, narrative: string) {
    await this.page.getByLabel(`Progress of ${code}`).selectOption({ label: status });
    await this.page.getByRole("textbox", { name: `Narrative for ${code}` }).fill(narrative);
    await this.page.getByRole("button", { name: "Save action reports" }).click();
    await this.confirmed("Action reports saved");
  }

  /** Attaches a file as evidence for an indicator or action (by its option label) or the whole report. */
  async attachEvidence(file: { name: string; mimeType: string; buffer: Buffer }, evidenceFor?: string) {
    const section = this.evidenceSection();
    await section.locator('input[type="file"]').setInputFiles(file);
    if (evidenceFor) await section.getByLabel("Evidence for").selectOption({ label: evidenceFor });
    await section.getByRole("button", { name: "Upload" }).click();
    await this.confirmed(`${file.name} is attached.`);
  }

  evidenceSection() {
    return this.page.getByRole("region", { name: "Evidence" });
  }

  /** The names of the files in the evidence table. */
  async evidenceFiles() {
    return this.evidenceSection().getByRole("table").getByRole("link").allTextContents();
  }

  async submit() {
    await this.page.getByRole("button", { name: "Submit", exact: true }).click();
    await this.confirmed("Report submitted");
  }

  async returnWithComment(comment: string, notice = "Report returned") {
    await this.page.getByRole("button", { name: "Return", exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "What needs correcting" }).fill(comment);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed(notice);
  }

  async approve() {
    await this.page.getByRole("button", { name: "Approve", exact: true }).click();
    await this.confirmed("Report approved");
  }

  async unlockWithReason(reason: string, notice = "Report unlocked") {
    await this.page.getByRole("button", { name: "Unlock", exact: true }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Reason for unlocking" }).fill(reason);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed(notice);
  }

  /** Changes values and presses Save, without waiting for success (the server may refuse). */
  async trySave(values: Record<string, string>) {
    for (const [label, value] of Object.entries(values)) {
      await this.valueInput(label).fill(value);
    }
    await this.page.getByRole("button", { name: "Save values" }).click();
  }

  /** The error shown in the values section after a refused save. */
  saveError() {
    return this.page.getByRole("region", { name: "Indicators" }).getByRole("alert");
  }

  /**
   * Waits for the success notification and closes it, so that it covers no button (the header's
   * Sign out sits under the notifications).
   */
  private async confirmed(message: string) {
    const notification = this.page.locator(".mantine-Notification-root", { hasText: message });
    await notification.first().waitFor();
    await notification.first().getByRole("button", { name: "Close" }).click();
    await notification.first().waitFor({ state: "detached" });
  }

  comments() {
    return this.page.getByRole("region", { name: "Comments" }).getByRole("listitem").allTextContents();
  }
}
