import { resolve } from "node:path";
import { SERVER_CONFIGS } from "../../src/build/hosting/server-configs-plugin.ts";
import { workerUser } from "./run-as.ts";
import { listenAddress, type Launch, type ServeOptions } from "./options.ts";

export const NGINX = "/usr/sbin/nginx";

/**
 * nginx in the foreground with a configuration of its own in tempDir (pid, temp files and logs
 * there too), serving dist/ with the server block the build wrote. `-p` and `-e` keep Debian's
 * nginx from touching /var/log/nginx and /var/lib/nginx.
 */
export function nginx(options: ServeOptions): Launch {
  const { dist, tempDir } = options;
  const runAs = workerUser(dist, true);
  const config = [
    "daemon off;",
    "worker_processes 1;",
    `pid ${tempDir}/nginx.pid;`,
    "error_log stderr warn;",
    ...(runAs ? [`user ${runAs.user} ${runAs.group};`] : []),
    "events { worker_connections 256; }",
    "http {",
    `  access_log ${options.accessLog ? "/dev/stdout" : "off"};`,
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `  ${kind}_temp_path ${tempDir}/${kind};`),
    "  sendfile on;",
    "  server {",
    `    listen ${listenAddress(options)};`,
    "    server_name _;",
    `    root ${dist};`,
    `    include ${resolve(dist, SERVER_CONFIGS.nginx)};`,
    "  }",
    "}",
    "",
  ].join("\n");
  return {
    command: NGINX,
    args: ["-p", tempDir, "-e", "stderr", "-c", resolve(tempDir, "nginx.conf")],
    files: { "nginx.conf": config },
  };
}
