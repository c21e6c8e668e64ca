/** `npm run admin -- <command>`: the operator's commands (reset a password, add an administrator). */
import { text } from "node:stream/consumers";
import { runAdminCli } from "../server/admin/admin.cli.js";

process.exitCode = await runAdminCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readStdin: () => text(process.stdin),
  env: process.env,
});
