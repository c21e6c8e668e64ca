/**
 * The app as `npm start` runs it, in a child process (`server/main.ts`), for tests of what only a
 * real process shows: signals, several processes on one database. Resolves once it prints that it
 * runs; rejects with its output if it exits first. Stop every child a test starts (`stopAll`).
 */
import { type ChildProcess, spawn } from "node:child_process";

export interface AppProcess {
  child: ChildProcess;
  /** http://127.0.0.1:<port> */
  base: string;
  /** Everything it wrote to standard output and error so far. */
  output: () => string;
}

export function startAppProcess(
  name: string,
  port: number,
  env: Record<string, string>,
  started: ChildProcess[],
): Promise<AppProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      NAP1325_DEMO: "0",
      LOG_LEVEL: "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  started.push(child);
  let output = "";
  const collect = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", () => {
      if (output.includes("nap1325 is running at")) {
        resolve({ child, base: `http://127.0.0.1:${port}`, output: () => output });
      }
    });
    child.on("exit", (code) => reject(new Error(`${name} exited with ${code}:\n${output}`)));
  });
}

/** Stops the children still running (SIGTERM, then waits for them to exit). */
export async function stopAll(children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(async (child) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }),
  );
}
