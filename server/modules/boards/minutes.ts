import sanitizeHtml from "sanitize-html";

/**
 * The HTML minutes may hold: paragraphs, line breaks, emphasis, lists, two heading levels, quotes
 * and links to http, https and mailto addresses. Everything else is dropped; scripts and styles
 * with their content.
 */
const minutesOptions: sanitizeHtml.IOptions = {
  allowedTags: ["p", "br", "strong", "em", "u", "ul", "ol", "li", "h3", "h4", "blockquote", "a"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["http", "https", "mailto"],
  allowedSchemesByTag: {},
  allowedSchemesAppliedToAttributes: ["href"],
  allowProtocolRelative: false,
  disallowedTagsMode: "discard",
};

/** Minutes as they may be stored and shown; null when nothing is left. */
export function sanitizeMinutes(html: string | null): string | null {
  if (html === null) return null;
  const clean = sanitizeHtml(html, minutesOptions).trim();
  return clean === "" ? null : clean;
}
