import type { Locator, Page } from "playwright-core";

export interface NewBoard {
  plan: string;
  name: string;
  ngoConsultationsPerYear?: number;
}

export interface NewMember {
  person: string;
  organization: string;
  role?: string;
  /** YYYY-MM-DD */
  since: string;
}

export interface AttendanceRow {
  person: string;
  attendance: "Present" | "Absent" | "Represented by a deputy" | "Guest";
  deputy?: string;
}

export interface MeetingRecord {
  /** The board, when the meeting is recorded for the first time. */
  board?: string;
  ngoConsultation?: boolean;
  agenda?: string[];
  attendance?: AttendanceRow[];
  minutes?: string;
  decisions?: string[];
}

export interface NewActionItem {
  description: string;
  owner: string;
  /** YYYY-MM-DD */
  dueOn?: string;
}

/**
 * Coordination boards: a board's composition, the meeting record of a board-meeting event (agenda,
 * attendance, minutes, decisions), its action items and their follow-up at the next meeting.
 */
export class BoardsPage {
  constructor(private readonly page: Page) {}

  async openList() {
    await this.page.getByRole("link", { name: "Coordination boards" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Coordination boards" }).waitFor();
  }

  async create(board: NewBoard) {
    await this.openList();
    await this.page.getByRole("link", { name: "New board" }).click();
    await this.choose(this.page, "Action Plan", board.plan);
    await this.page.getByRole("textbox", { name: "Name" }).fill(board.name);
    if (board.ngoConsultationsPerYear !== undefined) {
      await this.page
        .getByRole("textbox", { name: "NGO consultations per year" })
        .fill(String(board.ngoConsultationsPerYear));
    }
    await this.page.getByRole("button", { name: "Save" }).click();
    await this.page.getByRole("heading", { level: 1, name: board.name }).waitFor();
  }

  async openBoard(name: string) {
    await this.openList();
    await this.page.getByRole("link", { name, exact: true }).click();
    await this.page.getByRole("heading", { level: 1, name }).waitFor();
  }

  composition() {
    return this.page.getByRole("region", { name: "Current composition" });
  }

  async addMember(member: NewMember) {
    await this.composition().getByRole("button", { name: "Add member" }).click();
    const dialog = this.page.getByRole("dialog");
    await this.choose(dialog, "Person", member.person);
    await this.choose(dialog, "Organisation represented", member.organization);
    if (member.role) await dialog.getByLabel("Role on the board").selectOption({ label: member.role });
    await this.fillDate(dialog, "Since", member.since);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed("Member added");
  }

  /** Ends a current seat on the given day (YYYY-MM-DD); it moves to the history. */
  async endMembership(person: string, lastDay: string) {
    await this.composition()
      .getByRole("button", { name: `End the seat of ${person}` })
      .click();
    const dialog = this.page.getByRole("dialog");
    await this.fillDate(dialog, "Last day on the board", lastDay);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed(`The seat of ${person} has ended`);
  }

  /** The names in the current composition table. */
  memberNames() {
    return this.composition().getByRole("table").last().locator("tbody tr td:first-child").allInnerTexts();
  }

  /** The lines of the NGO consultations section, e.g. "2012: 1 of 2". */
  ngoConsultations() {
    return this.page.getByRole("region", { name: "NGO consultations" }).getByRole("listitem").allInnerTexts();
  }

  /** The event page of a board meeting, with its meeting record. */
  async openMeeting(eventId: string) {
    await this.page.goto(`/events/${eventId}`);
    await this.meetingRecord().waitFor();
  }

  meetingRecord() {
    return this.page.getByRole("region", { name: "Meeting record" });
  }

  /** Records the meeting (first time) or edits its record: fields not given are left as they are. */
  async recordMeeting(record: MeetingRecord) {
    await this.meetingRecord()
      .getByRole("button", { name: "Record the meeting" })
      .or(this.meetingRecord().getByRole("button", { name: "Edit record" }))
      .click();
    const dialog = this.page.getByRole("dialog");
    if (record.board) await this.choose(dialog, "Board", record.board);
    if (record.ngoConsultation !== undefined) {
      await dialog
        .getByRole("checkbox", { name: "Consultation with NGOs" })
        .setChecked(record.ngoConsultation);
    }
    for (const title of record.agenda ?? []) {
      const index = (await dialog.getByRole("textbox", { name: /^Agenda item \d+$/ }).count()) + 1;
      await dialog.getByRole("button", { name: "Add agenda item" }).click();
      await dialog.getByRole("textbox", { name: `Agenda item ${index}`, exact: true }).fill(title);
    }
    for (const row of record.attendance ?? []) {
      await this.addAttendance(dialog, row);
    }
    if (record.minutes !== undefined) {
      await dialog.getByRole("textbox", { name: "Minutes" }).fill(record.minutes);
    }
    for (const text of record.decisions ?? []) {
      const index = (await dialog.getByRole("textbox", { name: /^Decision \d+$/ }).count()) + 1;
      await dialog.getByRole("button", { name: "Add decision" }).click();
      await dialog.getByRole("textbox", { name: `Decision ${index}`, exact: true }).fill(text);
    }
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed("Meeting record saved");
  }

  /** One attendance row in the open meeting form; a member represented by a deputy names the deputy. */
  private async addAttendance(dialog: Locator, row: AttendanceRow) {
    const index = (await dialog.getByLabel(/^Attendance of person \d+$/).count()) + 1;
    await dialog.getByRole("button", { name: "Add person" }).click();
    await this.choose(dialog, `Person ${index}`, row.person);
    await dialog
      .getByLabel(`Attendance of person ${index}`, { exact: true })
      .selectOption({ label: row.attendance });
    if (row.deputy) await this.choose(dialog, `Deputy of person ${index}`, row.deputy);
  }

  /** The names with their attendance, as the record shows them ("Amra Hodžić: Present"). */
  async attendance() {
    const rows = this.meetingRecord().getByRole("table").locator("tbody tr");
    const result: string[] = [];
    for (const row of await rows.all()) {
      const cells = await row.locator("th, td").allInnerTexts();
      result.push(`${cells[0]}: ${cells[2]}`);
    }
    return result;
  }

  meetingActionItems() {
    return this.page.getByRole("region", { name: "Action items of this meeting" });
  }

  async addActionItem(item: NewActionItem) {
    await this.meetingActionItems().getByRole("button", { name: "Add action item" }).click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Action item" }).fill(item.description);
    await this.choose(dialog, "Responsible organisation", item.owner);
    if (item.dueOn) await this.fillDate(dialog, "Due date", item.dueOn);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed("Action item added");
    await this.meetingActionItems().getByText(item.description).waitFor();
  }

  followUp() {
    return this.page.getByRole("region", { name: "Follow-up from earlier meetings" });
  }

  /** The row of a carried-forward item in the follow-up of the meeting on screen. */
  followUpRow(description: string) {
    return this.followUp().getByRole("row").filter({ hasText: description });
  }

  /** The status shown for a follow-up item: "Open", "Open Overdue", "Done"… */
  async followUpStatus(description: string) {
    const badges = this.followUpRow(description).locator(".mantine-Badge-root");
    return (await badges.allInnerTexts()).map((text) => text.trim()).join(" ");
  }

  /** The action items pages and sections: mark one done with a note (owner's representative or staff). */
  async markDone(description: string, note: string, where: Locator = this.page.locator("main")) {
    await where
      .getByRole("button", { name: `Mark done: ${description}` })
      .first()
      .click();
    const dialog = this.page.getByRole("dialog");
    await dialog.getByRole("textbox", { name: "Note" }).fill(note);
    await dialog.getByRole("button", { name: "Save" }).click();
    await dialog.waitFor({ state: "detached" });
    await this.confirmed("Action item marked done");
  }

  /** The action items page, with the signed-in representative's own open items first. */
  async openActionItems() {
    await this.openList();
    await this.page.getByRole("link", { name: "Action items" }).click();
    await this.page.getByRole("heading", { level: 1, name: "Action items" }).waitFor();
  }

  /** The representative's own open items (the section shown first). */
  ownOpenItems(organizationName: string) {
    return this.page.getByRole("region", { name: `Open action items of ${organizationName}` });
  }

  private async fillDate(scope: Page | Locator, label: string, isoDate: string) {
    const [year, month, day] = isoDate.split("-");
    const input = scope.getByRole("textbox", { name: label });
    await input.fill(`${day}.${month}.${year}`);
    await input.press("Tab");
  }

  /** A select that searches (the server, or the board's members first): type part of the name, pick it. */
  private async choose(scope: Page | Locator, label: string, option: string) {
    const box = scope
      .getByRole("textbox", { name: label, exact: true })
      .or(scope.getByRole("combobox", { name: label, exact: true }));
    await box.first().fill(option.slice(0, 12));
    await this.page.getByRole("option", { name: option }).first().click();
  }

  /** Waits for the success notification and closes it, so that it covers no button. */
  private async confirmed(message: string) {
    const notification = this.page.locator(".mantine-Notification-root", { hasText: message });
    await notification.first().waitFor();
    await notification.first().getByRole("button", { name: "Close" }).click();
    await notification.first().waitFor({ state: "detached" });
  }
}
