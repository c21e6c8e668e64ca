/**
 * Mails in their reader's language: what a mail says is written once, as blocks (paragraphs,
 * headings, lists, quotes, links), and rendered twice, as plain text and as HTML with every value
 * escaped. Words come from the mail catalogue (`messages/mail.ts`); data shown in a mail (names of
 * organisations, periods, plans) is written in the reader's script with `inReaderScript`.
 */
import { toCyrillic } from "../../common/text/transliterate.js";
import type { Mailer } from "../mail/mailer.js";
import { messagesFor } from "./catalogue.js";
import { isServerLocale, type ServerLocale } from "./locale.js";
import { type MailMessages, mailMessages } from "./messages/mail.js";

export interface MailListItem {
  text: string;
  /** Lines under the item (dates, a comment). */
  details: string[];
  /** Where the item opens in the app; null without a public address. */
  url: string | null;
}

export type MailBlock =
  | { kind: "paragraph"; text: string }
  | { kind: "heading"; text: string }
  /** Someone's own words (a coordinator's comment), shown as written. */
  | { kind: "quote"; text: string }
  | { kind: "link"; label: string; url: string }
  | { kind: "list"; items: MailListItem[] };

export interface MailContent {
  subject: string;
  blocks: MailBlock[];
}

/** One rendered mail, ready for a recipient. */
export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A user's stored locale as one the server writes in; Bosnian when unknown. */
export const readerLocale = (value: string | null | undefined): ServerLocale =>
  value && isServerLocale(value) ? value : "bs";

/** The mail catalogue's words in a locale. */
export const mailWords = (locale: ServerLocale): MailMessages => messagesFor(locale, mailMessages);

/** Data (names typed in Latin script) as the reader's script writes it: Cyrillic for sr-Cyrl-BA. */
export const inReaderScript = (locale: ServerLocale, text: string): string =>
  locale === "sr-Cyrl-BA" ? toCyrillic(text) : text;

/** The address of a page of the web app, or null when the public address is not configured. */
export function appLink(publicUrl: string | null, path: string): string | null {
  return publicUrl ? `${publicUrl.replace(/\/+$/, "")}${path}` : null;
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&#39;");
}

function blockText(block: MailBlock): string {
  switch (block.kind) {
    case "paragraph":
    case "heading":
      return block.text;
    case "quote":
      return block.text
        .split(/\r?\n/)
        .map((line) => `> ${line}`)
        .join("\n");
    case "link":
      return `${block.label}\n${block.url}`;
    case "list":
      return block.items
        .map((item) =>
          [
            `- ${item.text}`,
            ...item.details.map((d) => `  ${d}`),
            ...(item.url ? [`  ${item.url}`] : []),
          ].join("\n"),
        )
        .join("\n");
  }
}

const lines = (text: string) => text.split(/\r?\n/).map(escapeHtml).join("<br>");
const anchor = (url: string, label: string) => `<a href="${escapeHtml(url)}">${escapeHtml(label)}</a>`;

function blockHtml(block: MailBlock): string {
  switch (block.kind) {
    case "paragraph":
      return `<p>${lines(block.text)}</p>`;
    case "heading":
      return `<h2 style="font-size:16px;margin:20px 0 8px">${escapeHtml(block.text)}</h2>`;
    case "quote":
      return `<blockquote style="margin:0 0 12px;padding-left:12px;border-left:3px solid #ccc">${lines(block.text)}</blockquote>`;
    case "link":
      return `<p>${escapeHtml(block.label)}<br>${anchor(block.url, block.url)}</p>`;
    case "list": {
      const items = block.items.map((item) => {
        const title = item.url ? anchor(item.url, item.text) : escapeHtml(item.text);
        const details = item.details.map((d) => `<br><span style="color:#555">${lines(d)}</span>`).join("");
        return `<li style="margin-bottom:8px">${title}${details}</li>`;
      });
      return `<ul style="padding-left:20px">${items.join("")}</ul>`;
    }
  }
}

/** The mail as plain text and as HTML, with the platform's signature under it. */
export function renderMail(locale: ServerLocale, content: MailContent): RenderedMail {
  const words = mailWords(locale);
  const text = [...content.blocks.map(blockText), `-- \n${words.signature}\n${words.automatic}`].join("\n\n");
  const html = [
    "<!DOCTYPE html>",
    `<html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a">',
    ...content.blocks.map(blockHtml),
    `<hr style="border:0;border-top:1px solid #ddd;margin-top:24px"><p style="color:#666;font-size:13px">${escapeHtml(words.signature)}<br>${escapeHtml(words.automatic)}</p>`,
    "</body></html>",
  ].join("\n");
  return { subject: content.subject, text: `${text}\n`, html };
}

/** Someone to mail, with the language they read. */
export interface MailReader {
  email: string;
  locale: ServerLocale;
}

/**
 * Sends each reader the mail composed in their own language, after a change is committed. A mail
 * that fails is not retried here: the transport has logged it, the change stands, and what still
 * needs doing comes back in the daily reminder digest.
 */
export async function mailEach(
  mailer: Mailer,
  readers: MailReader[],
  compose: (locale: ServerLocale) => RenderedMail,
): Promise<number> {
  const byLocale = new Map<ServerLocale, RenderedMail>();
  let sent = 0;
  for (const reader of readers) {
    const mail = byLocale.get(reader.locale) ?? compose(reader.locale);
    byLocale.set(reader.locale, mail);
    try {
      await mailer.send({ to: reader.email, ...mail });
      sent++;
    } catch {
      // Logged by the transport, without the address; the others still get theirs.
    }
  }
  return sent;
}
