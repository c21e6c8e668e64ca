/**
 * Ordering helpers shared by the capacity statistics, so that every output lists its groups and
 * identifiers in one stable order whatever the order of the input.
 */

/** Compares two strings by code point: the same order on every machine and in every locale. */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}

/**
 * Orders group keys: keys of a closed vocabulary in the vocabulary's own order, other keys by code
 * point after them, and the null group (unknown) last.
 */
export function compareGroupKeys<K extends string>(
  vocabulary: readonly K[] | null,
): (a: K | null, b: K | null) => number {
  return (a, b) => {
    if (a === b) return 0;
    if (a === null) return 1;
    if (b === null) return -1;
    const ia = vocabulary ? vocabulary.indexOf(a) : -1;
    const ib = vocabulary ? vocabulary.indexOf(b) : -1;
    if (ia !== ib) {
      if (ia === -1) return 1;
      if (ib === -1) return -1;
      return ia - ib;
    }
    return compareIds(a, b);
  };
}

/** The keys of a map in group order (see `compareGroupKeys`). */
export function sortedGroupKeys<K extends string, V>(
  groups: ReadonlyMap<K | null, V>,
  vocabulary: readonly K[] | null,
): (K | null)[] {
  return [...groups.keys()].sort(compareGroupKeys(vocabulary));
}
