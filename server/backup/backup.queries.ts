/**
 * The SQL of backup and restore: what the catalogue says about the application's tables, foreign
 * keys and sequences, and the few statements that prepare, empty or check a database. Plain `pg`
 * on one client, because the snapshot and the load each live in one transaction of one connection.
 */
import pg from "pg";

/** The application's schema; `drizzle` holds the migrations table, `pgboss` the job queue. */
export const APP_SCHEMA = "public";
export const MIGRATIONS_TABLE = { schema: "drizzle", name: "__drizzle_migrations" } as const;
const JOB_QUEUE_SCHEMA = "pgboss";

export const quoted = (schema: string, name: string) =>
  `${pg.escapeIdentifier(schema)}.${pg.escapeIdentifier(name)}`;

export interface TableInfo {
  schema: string;
  name: string;
  columns: string[];
  /** Unlogged tables hold scratch data (rate limits) that PostgreSQL itself drops after a crash. */
  unlogged: boolean;
}

/**
 * The session settings both sides use, so that values travel in one form whatever the server's or
 * the role's defaults: UTF-8, ISO dates, timestamps in UTC, floats with every digit.
 */
export async function prepareSession(client: pg.ClientBase): Promise<void> {
  await client.query(
    "set client_encoding = 'UTF8'; set datestyle = 'ISO, YMD'; set intervalstyle = 'postgres'; " +
      "set timezone = 'UTC'; set extra_float_digits = 3; set bytea_output = 'hex'",
  );
}

/** Ordinary tables of a schema that are not part of an extension, with their stored columns in order. */
export async function selectTables(client: pg.ClientBase, schema = APP_SCHEMA): Promise<TableInfo[]> {
  const { rows } = await client.query<{ name: string; unlogged: boolean; columns: string[] }>(
    `select c.relname as name, c.relpersistence = 'u' as unlogged,
       array_agg(a.attname::text order by a.attnum) as columns
     from pg_class c
     join pg_namespace n on n.oid = c.relnamespace
     join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
     where n.nspname = $1 and c.relkind = 'r'
       and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
     group by c.relname, c.relpersistence
     order by c.relname`,
    [schema],
  );
  return rows.map((row) => ({ schema, ...row }));
}

/** Foreign keys between different tables of the schema: `table` points at `references`. */
export async function selectForeignKeys(
  client: pg.ClientBase,
  schema = APP_SCHEMA,
): Promise<{ table: string; references: string }[]> {
  const { rows } = await client.query<{ table: string; references: string }>(
    `select distinct child.relname as "table", parent.relname as "references"
     from pg_constraint k
     join pg_class child on child.oid = k.conrelid
     join pg_class parent on parent.oid = k.confrelid
     join pg_namespace n on n.oid = child.relnamespace
     where k.contype = 'f' and n.nspname = $1 and k.conrelid <> k.confrelid
     order by 1, 2`,
    [schema],
  );
  return rows;
}

export interface SequenceInfo {
  name: string;
  /** The column the sequence numbers (serial or identity), when it belongs to one. */
  owner: { table: string; column: string } | null;
}

export async function selectSequences(client: pg.ClientBase, schema = APP_SCHEMA): Promise<SequenceInfo[]> {
  const { rows } = await client.query<{ name: string; table: string | null; column: string | null }>(
    `select s.relname as name, t.relname as "table", a.attname as "column"
     from pg_class s
     join pg_namespace n on n.oid = s.relnamespace
     left join pg_depend d on d.classid = 'pg_class'::regclass and d.objid = s.oid
       and d.refclassid = 'pg_class'::regclass and d.deptype in ('a', 'i')
     left join pg_class t on t.oid = d.refobjid
     left join pg_attribute a on a.attrelid = d.refobjid and a.attnum = d.refobjsubid
     where n.nspname = $1 and s.relkind = 'S'
       and not exists (select 1 from pg_depend e where e.objid = s.oid and e.deptype = 'e')
     order by s.relname`,
    [schema],
  );
  return rows.map((row) => ({
    name: row.name,
    owner: row.table && row.column ? { table: row.table, column: row.column } : null,
  }));
}

export async function selectSequenceState(
  client: pg.ClientBase,
  schema: string,
  name: string,
): Promise<{ lastValue: string; isCalled: boolean }> {
  const { rows } = await client.query<{ lastValue: string; isCalled: boolean }>(
    `select last_value::text as "lastValue", is_called as "isCalled" from ${quoted(schema, name)}`,
  );
  return rows[0] ?? { lastValue: "1", isCalled: false };
}

/** Moves a sequence past both the value it had and the largest number in its column. */
export async function setSequence(
  client: pg.ClientBase,
  sequence: SequenceInfo,
  state: { lastValue: string; isCalled: boolean },
): Promise<void> {
  const name = quoted(APP_SCHEMA, sequence.name);
  const largest = sequence.owner
    ? `(select max(${pg.escapeIdentifier(sequence.owner.column)})::bigint from ${quoted(APP_SCHEMA, sequence.owner.table)})`
    : "null::bigint";
  await client.query(
    `select case when m is not null and m >= $1::bigint then setval($2::regclass, m, true)
       else setval($2::regclass, $1::bigint, $3) end
     from (select ${largest} as m) largest`,
    [state.lastValue, name, state.isCalled],
  );
}

export async function selectServerVersion(client: pg.ClientBase): Promise<string> {
  const { rows } = await client.query<{ version: string }>("show server_version");
  return rows[0]?.version ?? "";
}

/** The migrations the database has, oldest first; null when it has never been migrated. */
export async function selectAppliedMigrations(
  client: pg.ClientBase,
): Promise<{ hash: string; createdAt: number }[] | null> {
  const table = quoted(MIGRATIONS_TABLE.schema, MIGRATIONS_TABLE.name);
  const { rows: found } = await client.query<{ exists: boolean }>(
    "select to_regclass($1) is not null as exists",
    [table],
  );
  if (!found[0]?.exists) return null;
  const { rows } = await client.query<{ hash: string; createdAt: string }>(
    `select hash, created_at::text as "createdAt" from ${table} order by created_at, id`,
  );
  return rows.map((row) => ({ hash: row.hash, createdAt: Number(row.createdAt) }));
}

/** The distinct values of one column, in order (the file keys a table's rows refer to). */
export async function selectDistinct(
  client: pg.ClientBase,
  table: TableInfo,
  column: string,
): Promise<string[]> {
  const name = pg.escapeIdentifier(column);
  const { rows } = await client.query<{ value: string }>(
    `select distinct ${name} as value from ${quoted(table.schema, table.name)} where ${name} is not null order by 1`,
  );
  return rows.map((row) => row.value);
}

export async function countRows(client: pg.ClientBase, schema: string, name: string): Promise<number> {
  const { rows } = await client.query<{ n: string }>(
    `select count(*)::text as n from ${quoted(schema, name)}`,
  );
  return Number(rows[0]?.n ?? 0);
}

/** Other client sessions on this database (an app still running on it). */
export async function countOtherSessions(client: pg.ClientBase): Promise<number> {
  const { rows } = await client.query<{ n: number }>(
    `select count(*)::int as n from pg_stat_activity
     where datname = current_database() and pid <> pg_backend_pid() and backend_type = 'client backend'`,
  );
  return rows[0]?.n ?? 0;
}

/** Sets the user triggers of a table on or off; the table's owner may, without superuser rights. */
export async function setUserTriggers(client: pg.ClientBase, table: string, enabled: boolean): Promise<void> {
  await client.query(
    `alter table ${quoted(APP_SCHEMA, table)} ${enabled ? "enable" : "disable"} trigger user`,
  );
}

export async function truncateTables(client: pg.ClientBase, tables: string[]): Promise<void> {
  if (tables.length === 0) return;
  await client.query(`truncate ${tables.map((table) => quoted(APP_SCHEMA, table)).join(", ")}`);
}

/**
 * Drops everything the migrations made, so that they can run again from the start: the tables,
 * views, functions and types of the application's schema (not those of extensions, which the
 * first migration asks for again), the migrations' record and the job queue's schema.
 */
export async function dropApplicationObjects(client: pg.ClientBase): Promise<void> {
  const { rows } = await client.query<{ statement: string }>(
    `select format('drop %s if exists %s cascade', kind, name) as statement from (
       select case c.relkind when 'v' then 'view' when 'm' then 'materialized view'
         when 'S' then 'sequence' when 'f' then 'foreign table' else 'table' end as kind,
         c.oid::regclass::text as name, 1 as rank
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
       where n.nspname = $1 and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
         and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype = 'e')
       union all
       select case p.prokind when 'p' then 'procedure' when 'a' then 'aggregate' else 'function' end,
         p.oid::regprocedure::text, 2
       from pg_proc p join pg_namespace n on n.oid = p.pronamespace
       where n.nspname = $1
         and not exists (select 1 from pg_depend d where d.objid = p.oid and d.deptype = 'e')
       union all
       select 'type', t.oid::regtype::text, 3
       from pg_type t join pg_namespace n on n.oid = t.typnamespace
       where n.nspname = $1 and t.typtype in ('e', 'd', 'r', 'm')
         and not exists (select 1 from pg_depend d where d.objid = t.oid and d.deptype = 'e')
     ) objects order by rank, name`,
    [APP_SCHEMA],
  );
  const statements = [
    ...rows.map((row) => row.statement),
    `drop schema if exists ${pg.escapeIdentifier(MIGRATIONS_TABLE.schema)} cascade`,
    `drop schema if exists ${pg.escapeIdentifier(JOB_QUEUE_SCHEMA)} cascade`,
  ];
  // All or nothing: a database is never left half dropped.
  await client.query("begin");
  try {
    for (const statement of statements) await client.query(statement);
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}
