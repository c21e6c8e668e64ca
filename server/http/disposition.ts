import { toLatin } from "../../common/text/transliterate.js";

/**
 * `Content-Disposition` for a download keeping the file's real name (š đ č ć ž, Cyrillic) as
 * RFC 6266 / 5987 asks, with an ASCII fallback for old clients: Cyrillic in Latin letters,
 * diacritics dropped, anything else outside printable ASCII (and quotes) as "_".
 */
export function attachmentHeader(fileName: string): string {
  const ascii = toLatin(fileName)
    .replace(/[đĐ]/g, (c) => (c === "đ" ? "dj" : "Dj"))
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
