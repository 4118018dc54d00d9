import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { resolve } from "node:path";
import { apache } from "./apache.ts";
import { caddy } from "./caddy.ts";
import { nginx } from "./nginx.ts";
import type { Launch, ServeOptions } from "./options.ts";

export const SERVERS = { nginx, caddy, apache } as const;
export type ServerName = keyof typeof SERVERS;

export type RunningServer = {
  origin: string;
  process: ChildProcess;
  /** Resolves with the exit code once the server has stopped and its temp folder is gone. */
  exited: Promise<number | null>;
  /** Stops the server (SIGTERM) and waits for it. */
  stop(): Promise<number | null>;
};

/** Tries the address until the server answers; fails at once if the server exits first. */
async function waitUntilAnswering(origin: string, exited: Promise<unknown>, stderr: () => string, timeoutMs: number) {
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone) throw new Error(`the server exited before answering:\n${stderr()}`);
    try {
      await fetch(`${origin}/robots.txt`, { signal: AbortSignal.timeout(1000) });
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 50));
    }
  }
  throw new Error(`the server did not answer at ${origin} within ${timeoutMs} ms:\n${stderr()}`);
}

/**
 * Starts a real server on dist/ in the foreground, with a configuration of its own in a fresh
 * temp folder, and waits until it answers. Its own process group, so that a Ctrl+C reaches it
 * only through stop(), which waits for it to finish and removes the temp folder.
 */
export async function startServer(
  name: ServerName,
  options: Omit<ServeOptions, "tempDir">,
  stdio: "inherit" | "pipe" = "pipe",
): Promise<RunningServer> {
  const tempDir = await mkdtemp(resolve(tmpdir(), `itcost-${name}-`));
  let launch: Launch;
  try {
    launch = SERVERS[name]({ ...options, tempDir });
    for (const [file, text] of Object.entries(launch.files)) await writeFile(resolve(tempDir, file), text);
  } catch (error) {
    await rm(tempDir, { recursive: true, force: true });
    throw error;
  }
  const child = spawn(launch.command, launch.args, {
    env: { ...process.env, ...launch.env },
    stdio: stdio === "inherit" ? "inherit" : ["ignore", "ignore", "pipe"],
    detached: true,
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((done) => {
    child.on("error", (error) => {
      stderr += `${error.message}\n`;
      done(null);
    });
    child.on("exit", (code) => done(code));
  }).then(async (code) => {
    if (launch.errorLog) {
      const log = await readFile(resolve(tempDir, launch.errorLog), "utf8").catch(() => "");
      if (code !== 0 && log) stderr += log;
      if (code !== 0 && stdio === "inherit") process.stderr.write(log);
    }
    await rm(tempDir, { recursive: true, force: true });
    return code;
  });
  const origin = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${options.port}`;
  const stop = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    return exited;
  };
  try {
    await waitUntilAnswering(origin, exited, () => stderr, 20_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { origin, process: child, exited, stop };
}
