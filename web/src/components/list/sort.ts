/** The sort of a list: the one in the address when the API knows it, else the list's default. */
export function pickSort<K extends string>(
  requested: string | undefined,
  keys: readonly K[],
  fallback: K,
): K {
  return keys.includes(requested as K) ? (requested as K) : fallback;
}
