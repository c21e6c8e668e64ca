/**
 * The order to load tables in so that every foreign key finds its row: a table after every table
 * it points at, derived from the catalogue's foreign keys (never a list kept by hand). A table that
 * points at itself is no obstacle: one COPY checks its foreign keys after all of its rows are in.
 */
export function loadOrder<T extends { name: string }>(
  tables: readonly T[],
  foreignKeys: readonly { table: string; references: string }[],
): T[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const needs = new Map(tables.map((table) => [table.name, new Set<string>()]));
  for (const { table, references } of foreignKeys) {
    if (table !== references && byName.has(table) && byName.has(references))
      needs.get(table)?.add(references);
  }
  const ordered: T[] = [];
  const placed = new Set<string>();
  // Alphabetical among the tables that are ready, so that the same schema always gives the same order.
  const ready = [...needs].filter(([, parents]) => parents.size === 0).map(([name]) => name);
  while (ready.length > 0) {
    ready.sort();
    const name = ready.shift() as string;
    placed.add(name);
    ordered.push(byName.get(name) as T);
    for (const [other, parents] of needs) {
      if (placed.has(other) || ready.includes(other) || !parents.has(name)) continue;
      if ([...parents].every((parent) => placed.has(parent))) ready.push(other);
    }
  }
  if (ordered.length < tables.length) {
    const left = tables.filter((table) => !placed.has(table.name)).map((table) => table.name);
    throw new Error(
      `the foreign keys of these tables form a cycle, so they cannot be loaded in order: ${left.join(", ")}`,
    );
  }
  return ordered;
}
