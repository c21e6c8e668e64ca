/**
 * A text function remembered for the texts it was last asked about. The cells of a list repeat
 * (one organisation, one municipality, a dozen given names in ten thousand rows), and folding a text
 * costs far more than looking it up. Bounded: past `limit` texts the memory starts afresh.
 */
export function remembered(fold: (text: string) => string, limit = 20_000): (text: string) => string {
  const known = new Map<string, string>();
  return (text) => {
    let folded = known.get(text);
    if (folded === undefined) {
      folded = fold(text);
      if (known.size >= limit) known.clear();
      known.set(text, folded);
    }
    return folded;
  };
}
