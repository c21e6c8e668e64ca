/**
 * The record of a board meeting as a PDF: board, date, venue, agenda, attendance with
 * organisations, minutes, decisions, the action items agreed and the follow-up of earlier ones,
 * labelled in the reader's language. Read by those who may read the meeting record.
 */
import type { Content, TableCell, TDocumentDefinitions } from "pdfmake/interfaces.js";
import type { ActionItem, BoardMeeting } from "../../../common/schemas/boards.js";
import type { BoardAttendanceKind } from "../../../common/schemas/enums.js";
import type { Event } from "../../../common/schemas/events.js";
import type { Db } from "../../db/client.js";
import type { Actor } from "../../http/actor.js";
import { messagesFor } from "../../i18n/catalogue.js";
import { formatDate, formatDateRange, localeOf, type ServerLocale } from "../../i18n/locale.js";
import { type MeetingMessages, meetingMessages } from "../../i18n/messages/meetings.js";
import { pageMessages } from "../../i18n/messages/pdf.js";
import { definePdf } from "../../pdf/document.js";
import { htmlToContent } from "../../pdf/html.js";
import type { PdfDownload } from "../../pdf/reply.js";
import { getEvent } from "../events/events.service.js";
import { listMeetingActionItems } from "./action-items.service.js";
import { selectOrganizationsOfPeople } from "./meetings.queries.js";
import { getMeeting } from "./meetings.service.js";

const headerRow = (cells: string[]): TableCell[] => cells.map((text) => ({ text, style: "tableHeader" }));

/** A table with a header row, or "None." without rows. */
function table(
  header: string[],
  rows: TableCell[][],
  widths: (string | number)[],
  l: MeetingMessages,
): Content {
  if (rows.length === 0) return { text: l.none, style: "empty" };
  return {
    table: { headerRows: 1, widths, body: [headerRow(header), ...rows] },
    layout: "lightHorizontalLines",
  };
}

function attendanceTable(meeting: BoardMeeting, orgs: Map<string, string>, l: MeetingMessages): Content {
  const kinds: Record<BoardAttendanceKind, string> = {
    present: l.present,
    absent: l.absent,
    represented: l.represented,
    guest: l.guest,
  };
  const order: BoardAttendanceKind[] = ["present", "represented", "absent", "guest"];
  const sorted = [...meeting.attendance].sort(
    (a, b) => order.indexOf(a.attendance) - order.indexOf(b.attendance),
  );
  const rows = sorted.map((a): TableCell[] => [
    a.name,
    orgs.get(a.personId) ?? "",
    kinds[a.attendance],
    a.deputyName ?? "",
  ]);
  return table([l.person, l.organization, l.status, l.deputy], rows, ["*", "*", "auto", "*"], l);
}

function actionItemsTable(
  items: ActionItem[],
  locale: ServerLocale,
  l: MeetingMessages,
  withMeeting: boolean,
): Content {
  const statuses = { open: l.open, done: l.done, dropped: l.dropped };
  const rows = items.map((item): TableCell[] => [
    item.description,
    item.ownerOrganization.name,
    item.dueOn ? formatDate(item.dueOn, locale) : "",
    item.isOverdue ? `${statuses[item.status]} (${l.overdue})` : statuses[item.status],
    ...(withMeeting ? [formatDate(item.meetingOn, locale)] : []),
  ]);
  const header = [l.description, l.owner, l.due, l.itemStatus, ...(withMeeting ? [l.agreedAt] : [])];
  const widths = ["*", "auto", "auto", "auto", ...(withMeeting ? ["auto"] : [])];
  return table(header, rows, widths, l);
}

/** The document of a meeting record, with the event's details and the items agreed at it. */
export function meetingDocument(
  meeting: BoardMeeting,
  event: Event,
  agreed: ActionItem[],
  orgs: Map<string, string>,
  locale: ServerLocale,
): TDocumentDefinitions {
  const l = messagesFor(locale, meetingMessages);
  const detail = (label: string, value: string | null): Content[] =>
    value ? [{ text: [{ text: `${label}: `, style: "label" }, value], margin: [0, 0, 0, 2] }] : [];
  const minutes = htmlToContent(meeting.minutes);
  return definePdf({
    title: `${l.title} · ${meeting.eventTitle}`,
    language: locale,
    pageLabel: messagesFor(locale, pageMessages).page,
    content: [
      { text: l.title, style: "title" },
      { text: meeting.eventTitle, style: "subtitle" },
      ...detail(l.board, meeting.boardName),
      ...detail(l.date, formatDateRange(event.startsOn, event.endsOn, locale)),
      ...detail(l.venue, event.venue),
      ...detail(l.place, event.jurisdictionName),
      ...detail(l.organizers, event.organizers.map((o) => o.name).join(", ")),
      ...(meeting.isNgoConsultation
        ? [{ text: l.ngoConsultation, italics: true, margin: [0, 4, 0, 0] }]
        : []),
      { text: l.agenda, style: "heading" },
      meeting.agendaItems.length === 0
        ? { text: l.none, style: "empty" }
        : {
            ol: meeting.agendaItems.map((item) =>
              item.presenterName
                ? { text: [item.title, { text: ` (${l.presenter} ${item.presenterName})`, style: "label" }] }
                : item.title,
            ),
          },
      { text: l.attendance, style: "heading" },
      attendanceTable(meeting, orgs, l),
      { text: l.minutes, style: "heading" },
      ...(minutes.length > 0 ? minutes : [{ text: l.none, style: "empty" }]),
      { text: l.decisions, style: "heading" },
      meeting.decisions.length === 0
        ? { text: l.none, style: "empty" }
        : { ol: meeting.decisions.map((decision) => decision.text) },
      { text: l.actionItems, style: "heading" },
      actionItemsTable(agreed, locale, l, false),
      { text: l.followUp, style: "heading" },
      actionItemsTable(meeting.followUp, locale, l, true),
    ] as Content[],
  });
}

/** The meeting record of an event as a document, for a reader of the record. */
export async function meetingPdf(db: Db, actor: Actor, eventId: string, today: string): Promise<PdfDownload> {
  const meeting = await getMeeting(db, actor, eventId, today);
  const event = await getEvent(db, actor, eventId);
  const { items } = await listMeetingActionItems(db, actor, eventId, today);
  const orgs = await selectOrganizationsOfPeople(
    db,
    meeting.attendance.map((a) => a.personId),
  );
  const locale = await localeOf(db, actor.userId);
  return {
    fileName: `${meeting.eventTitle} ${meeting.startsOn}.pdf`,
    definition: meetingDocument(meeting, event, items, orgs, locale),
  };
}
