/**
 * Which characters the document font cannot draw: read from the font files themselves (their
 * character map), so a name or label that would print as an empty box is found before print.
 */
import { type Font, openSync } from "fontkit";
import { robotoFiles } from "./fonts.js";

export type FontFace = keyof typeof robotoFiles;

const opened = new Map<FontFace, Font>();

function fontOf(face: FontFace): Font {
  let font = opened.get(face);
  if (!font) {
    font = openSync(robotoFiles[face]) as Font;
    opened.set(face, font);
  }
  return font;
}

/** The distinct characters of `text` (white space aside) that the face has no glyph for. */
export function uncoveredCharacters(text: string, face: FontFace = "normal"): string[] {
  const font = fontOf(face);
  const missing = new Set<string>();
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    const codePoint = ch.codePointAt(0) as number;
    if (!font.hasGlyphForCodePoint(codePoint)) missing.add(ch);
  }
  return [...missing];
}
