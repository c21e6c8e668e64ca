/**
 * `npm run admin -- <command>`: the operator's commands on the server console. They reach the
 * database the way the app does (DATABASE_URL, or the embedded server on DATA_DIR, which is
 * started for the command and stopped after it — or used as it is when the app is running).
 * Exit codes: 0 done, 1 refused or failed (one sentence on stderr), 2 wrong usage.
 */
import { parseArgs } from "node:util";
import { z } from "zod";
import { startServerDatabase } from "../bootstrap.js";
import { readConfig } from "../config.js";
import { openDatabase } from "../db/client.js";
import { AdminCommandError, createAdministrator, resetPassword } from "./admin.commands.js";

export const USAGE =
  'usage: npm run admin -- reset-password EMAIL [--password-stdin] | create-admin EMAIL [--name "Full Name"] [--password-stdin] | help';

const HELP = `nap1325 operator commands

  npm run admin -- reset-password EMAIL [--password-stdin]
      Gives the user a new password and ends all of their sessions. The new password is
      generated and printed once, or read from standard input with --password-stdin.

  npm run admin -- create-admin EMAIL [--name "Full Name"] [--password-stdin]
      Creates an administrator; the password is generated and printed once, or read from
      standard input with --password-stdin.

  npm run admin -- help
      Shows this text.

The commands use the database the app uses: DATABASE_URL when set, otherwise the embedded
PostgreSQL server on DATA_DIR. Passwords follow the same rules as in the app.
`;

export type AdminCommand =
  | { kind: "help" }
  | { kind: "reset-password"; email: string; passwordFromStdin: boolean }
  | { kind: "create-admin"; email: string; name: string | undefined; passwordFromStdin: boolean };

const Email = z.string().trim().toLowerCase().max(254).pipe(z.email());

/** The command in `argv` (the words after `--`), or null when the usage is wrong. */
export function parseAdminArgs(argv: string[]): AdminCommand | null {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch {
    return null;
  }
  const [command, email, ...rest] = parsed.positionals;
  const { values } = parsed;
  if (command === "help" && !email && !values.name && !values["password-stdin"]) return { kind: "help" };
  if (!email || rest.length > 0) return null;
  const passwordFromStdin = values["password-stdin"] === true;
  if (command === "reset-password" && values.name === undefined) {
    return { kind: "reset-password", email, passwordFromStdin };
  }
  if (command === "create-admin")
    return { kind: "create-admin", email, name: values.name, passwordFromStdin };
  return null;
}

const parse = (argv: string[]) =>
  parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: { name: { type: "string" }, "password-stdin": { type: "boolean" } },
  });

export interface ConsoleStreams {
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
  /** Standard input, read whole for --password-stdin. */
  readStdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
}

/** Runs one command; returns the exit code. */
export async function runAdminCli(argv: string[], io: ConsoleStreams): Promise<number> {
  const command = parseAdminArgs(argv);
  if (!command) {
    io.stderr.write(`${USAGE}\n`);
    return 2;
  }
  if (command.kind === "help") {
    io.stdout.write(HELP);
    return 0;
  }
  const email = Email.safeParse(command.email);
  if (!email.success) {
    io.stderr.write(`nap1325 admin: "${command.email}" is not an e-mail address\n`);
    return 2;
  }
  try {
    const password = command.passwordFromStdin ? readPasswordLine(await io.readStdin()) : undefined;
    const config = readConfig(io.env);
    const { url, embedded } = await startServerDatabase(config, { whenRunning: "reuse" });
    const database = openDatabase(url, { max: 2 });
    try {
      io.stdout.write(
        command.kind === "reset-password"
          ? await runResetPassword(database.db, email.data, password)
          : await runCreateAdmin(database.db, email.data, command.name, password),
      );
    } finally {
      await database.close();
      await embedded?.stop();
    }
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`nap1325 admin: ${message.replace(/\n\s*/g, " ")}\n`);
    return 1;
  }
}

/** The first line of standard input, without its line ending. */
function readPasswordLine(input: string): string {
  const line = input.split(/\r?\n/)[0] ?? "";
  if (line === "") throw new AdminCommandError("no password on standard input (--password-stdin)");
  return line;
}

async function runResetPassword(db: Parameters<typeof resetPassword>[0], email: string, password?: string) {
  const outcome = await resetPassword(db, email, password === undefined ? {} : { password });
  const lines = [
    outcome.generatedPassword
      ? `New password for ${outcome.email}: ${outcome.generatedPassword}`
      : `The password of ${outcome.email} was changed.`,
    outcome.generatedPassword
      ? "It is shown only now; give it to its owner, who can change it after signing in."
      : null,
    `Sessions ended: ${outcome.endedSessions}.`,
    outcome.isActive
      ? null
      : "Note: this account is deactivated; an administrator can reactivate it in Users.",
  ];
  return `${lines.filter((line) => line !== null).join("\n")}\n`;
}

async function runCreateAdmin(
  db: Parameters<typeof createAdministrator>[0],
  email: string,
  name: string | undefined,
  password?: string,
) {
  const outcome = await createAdministrator(db, { email, displayName: name, password });
  const lines = [
    `Administrator ${outcome.email} created.`,
    outcome.generatedPassword ? `New password for ${outcome.email}: ${outcome.generatedPassword}` : null,
    outcome.generatedPassword ? "It is shown only now; change it after signing in." : null,
  ];
  return `${lines.filter((line) => line !== null).join("\n")}\n`;
}
