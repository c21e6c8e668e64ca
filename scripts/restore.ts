/** `npm run restore -- ARCHIVE [--force]`: an archive of `npm run backup` into an empty database. */
import { runRestoreCli } from "../server/backup/cli.js";
import { systemClock } from "../server/clock.js";

process.exitCode = await runRestoreCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  // npm runs scripts in the package's folder; INIT_CWD is the folder the operator typed the command in.
  cwd: process.env.INIT_CWD ?? process.cwd(),
  now: systemClock,
});
