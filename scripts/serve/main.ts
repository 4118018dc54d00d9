/**
 * `npm run serve:nginx` (or serve:caddy, serve:apache): serves dist/ with that real server, in
 * the foreground, with exactly the configuration the build wrote, on HOST (default 127.0.0.1)
 * and PORT (default 8080). Nothing outside a temp folder of its own is written; Ctrl+C or
 * SIGTERM stops it.
 */
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { SERVERS, startServer, type ServerName } from "./start.ts";

const name = process.argv[2] as ServerName;
if (!(name in SERVERS)) {
  console.error(`usage: tsx scripts/serve/main.ts ${Object.keys(SERVERS).join("|")}`);
  process.exit(2);
}
const dist = resolve(import.meta.dirname, "../../dist");
if (!existsSync(resolve(dist, "_headers"))) {
  console.error("dist/ has not been built: run npm run build first");
  process.exit(1);
}
const host = process.env.HOST ?? "127.0.0.1";
const port = Number(process.env.PORT ?? 8080);

try {
  const server = await startServer(name, { dist, host, port, accessLog: true }, "inherit");
  console.log(`${name} is serving dist/ at ${server.origin}/ (Ctrl+C stops it)`);
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void server.stop());
  const code = await server.exited;
  console.log(`${name} stopped`);
  process.exit(code ?? 0);
} catch (error) {
  console.error(`${name} did not start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
