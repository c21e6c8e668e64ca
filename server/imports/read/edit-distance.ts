/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions that
 * turn one text into the other. Characters are compared as code points.
 */
export function editDistance(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = Array.from({ length: right.length + 1 }, (_, j) => j);
  for (let i = 1; i <= left.length; i++) {
    const current = [i];
    for (let j = 1; j <= right.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (left[i - 1] === right[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[right.length] ?? 0;
}

/** Whether the text holds a surrogate (a character outside the Basic Multilingual Plane). */
function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return true;
  }
  return false;
}

/**
 * Whether two texts are at most one insertion, deletion or substitution apart — `editDistance(a, b)
 * <= 1` in one pass, without the table or a substring: what matching names asks of every candidate.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  // Lengths in code units: a character outside the BMP counts as one letter only in `editDistance`.
  if (hasSurrogates(a) || hasSurrogates(b)) return editDistance(a, b) <= 1;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const offset = long.length - short.length;
  if (offset > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // After the first difference the rest must agree: past it in both (a letter changed), or past
  // the longer one's extra letter (a letter added).
  for (let j = short.length - 1; j >= (offset === 0 ? i + 1 : i); j--) {
    if (short.charCodeAt(j) !== long.charCodeAt(j + offset)) return false;
  }
  return true;
}
