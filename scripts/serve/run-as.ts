import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { resolve } from "node:path";

/** A user that server workers run as, when the server is started by root. */
export type RunAs = { user: string; group: string };

function nameOf(kind: "user" | "group", id: number): string {
  return execFileSync("getent", [kind === "user" ? "passwd" : "group", String(id)], { encoding: "utf8" }).split(":")[0]!;
}

function canRead(runAs: RunAs, file: string): boolean {
  try {
    execFileSync("setpriv", ["--reuid", runAs.user, "--regid", runAs.group, "--init-groups", "test", "-r", file]);
    return true;
  } catch {
    return false;
  }
}

/**
 * Started by root, nginx and Apache hand requests to workers running as another user, who must
 * be able to read dist/. That is dist/'s owner; Apache refuses to run as root, so when root owns
 * dist/ it runs as www-data, if www-data can read it. Null when not started by root.
 */
export function workerUser(dist: string, rootAllowed: boolean): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  const { uid, gid } = statSync(dist);
  if (uid !== 0 || rootAllowed) return { user: nameOf("user", uid), group: nameOf("group", gid) };
  const runAs = { user: "www-data", group: "www-data" };
  if (!canRead(runAs, resolve(dist, "index.html"))) {
    throw new Error(`run as root, Apache serves files as www-data, who cannot read ${dist}: let others read it (chmod o+rx on each folder up to it) or start it as another user`);
  }
  return runAs;
}
