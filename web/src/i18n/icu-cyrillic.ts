import { toCyrillic } from "../../../common/text/transliterate.js";

/**
 * Transliterates the words of an ICU message and leaves its syntax alone: argument names,
 * `plural`/`select` keywords and plural selectors stay Latin.
 */
export function icuToCyrillic(message: string): string {
  const syntax = /\{\s*\w+\s*(?:,\s*\w+\s*,?)?|\b(?:zero|one|two|few|many|other|=\d+)(?=\s*\{)|\}/g;
  let out = "";
  let last = 0;
  for (const match of message.matchAll(syntax)) {
    out += toCyrillic(message.slice(last, match.index)) + match[0];
    last = match.index + match[0].length;
  }
  return out + toCyrillic(message.slice(last));
}
