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

const hasSurrogates = (text: string) => /[\uD800-\uDFFF]/.test(text);

/**
 * Whether two texts are at most one insertion, deletion or substitution apart — `editDistance(a, b)
 * <= 1` in one pass, without the table: what matching names asks of every candidate.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (hasSurrogates(a) || hasSurrogates(b)) return editDistance(a, b) <= 1;
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short.charCodeAt(i) === long.charCodeAt(i)) i++;
  // The first difference: a substitution when the lengths agree, else the longer one's extra letter.
  return short.length === long.length
    ? short.slice(i + 1) === long.slice(i + 1)
    : short.slice(i) === long.slice(i + 1);
}
