/**
 * The kinds of evidence file nap1325 accepts, and how each is recognised. The extension names the
 * kind; the first bytes must agree with it, so a renamed executable or an HTML page saved as .pdf
 * is refused. The content type served later is the kind's, never the one the browser sent.
 */

export interface FileKind {
  extensions: readonly string[];
  contentType: string;
  /** Whether the first bytes of a file fit the kind. */
  matches: (head: Buffer) => boolean;
}

const startsWith = (signature: readonly number[]) => (head: Buffer) =>
  head.length >= signature.length && signature.every((byte, index) => head[index] === byte);

/** Office Open XML and OpenDocument files are ZIP archives. */
const zip = startsWith([0x50, 0x4b, 0x03, 0x04]);

/** Plain text (UTF-8 or a Windows code page): no control byte but tab, line feed, form feed, return. */
const textControls = new Set([0x09, 0x0a, 0x0c, 0x0d]);
function isText(head: Buffer): boolean {
  return head.every((byte) => byte >= 0x20 || textControls.has(byte));
}

export const fileKinds: readonly FileKind[] = [
  {
    extensions: ["pdf"],
    contentType: "application/pdf",
    matches: startsWith([0x25, 0x50, 0x44, 0x46, 0x2d]),
  },
  {
    extensions: ["png"],
    contentType: "image/png",
    matches: startsWith([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  },
  { extensions: ["jpg", "jpeg"], contentType: "image/jpeg", matches: startsWith([0xff, 0xd8, 0xff]) },
  {
    extensions: ["docx"],
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    matches: zip,
  },
  {
    extensions: ["xlsx"],
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    matches: zip,
  },
  {
    extensions: ["pptx"],
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    matches: zip,
  },
  { extensions: ["odt"], contentType: "application/vnd.oasis.opendocument.text", matches: zip },
  { extensions: ["ods"], contentType: "application/vnd.oasis.opendocument.spreadsheet", matches: zip },
  { extensions: ["csv"], contentType: "text/csv", matches: isText },
  { extensions: ["txt"], contentType: "text/plain", matches: isText },
];

/** The extensions accepted, for messages and the file picker. */
export const acceptedExtensions = fileKinds.flatMap((kind) => kind.extensions);

/** The lower-case extension of a file name, without the dot; "" when it has none. */
export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot <= 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export function kindOfName(fileName: string): FileKind | undefined {
  const extension = extensionOf(fileName);
  return fileKinds.find((kind) => kind.extensions.includes(extension));
}

/**
 * A file name fit to show and to send back in a download: the last path segment, without control
 * characters or characters that mean something in headers and paths, at most 200 characters,
 * keeping letters of every script (š đ č ć ž, Cyrillic).
 */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).at(-1) ?? "";
  const cleaned = base
    .normalize("NFC")
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
    .replace(/[\u0000-\u001f\u007f"<>|:*?;]/g, "")
    .trim()
    .replace(/^\.+/, "");
  if (cleaned.length <= 200) return cleaned;
  const extension = extensionOf(cleaned);
  return `${cleaned.slice(0, 200 - extension.length - 1)}.${extension}`;
}
