import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { workerUser } from "./run-as.ts";
import { listenAddress, type Launch, type ServeOptions } from "./options.ts";

export const APACHE = "/usr/sbin/apache2";
const MODULES = "/usr/lib/apache2/modules";

/** The modules a shared host offers for dist/.htaccess; Brotli only where it is installed. */
const NEEDED = ["mpm_event", "authz_core", "mime", "dir", "filter", "headers", "rewrite", "deflate"];

/**
 * Apache in the foreground with a self-contained httpd.conf in tempDir (no Debian apache2.conf,
 * no APACHE_* variables): dist/ as the document root with AllowOverride All, so what applies is
 * dist/.htaccess, as on shared hosting.
 */
export function apache(options: ServeOptions): Launch {
  const { dist, tempDir } = options;
  const runAs = workerUser(dist, false);
  const modules = [...NEEDED, ...(existsSync(`${MODULES}/mod_brotli.so`) ? ["brotli"] : [])];
  const config = [
    `ServerRoot ${tempDir}`,
    "ServerName localhost",
    `Listen ${listenAddress(options)}`,
    `PidFile ${tempDir}/httpd.pid`,
    `DefaultRuntimeDir ${tempDir}`,
    `Mutex file:${tempDir} default`,
    // A file: Apache cannot open /dev/stderr when it is a socket, as under a test runner.
    `ErrorLog ${tempDir}/error.log`,
    "LogLevel warn",
    ...(options.accessLog ? ['LogFormat "%h %t \\"%r\\" %>s %b" short', "CustomLog /dev/stdout short"] : []),
    ...modules.map((name) => `LoadModule ${name}_module ${MODULES}/mod_${name}.so`),
    ...(runAs ? [`User ${runAs.user}`, `Group ${runAs.group}`] : []),
    // Debian's list when there is one; Apache wants a file either way.
    `TypesConfig ${existsSync("/etc/mime.types") ? "/etc/mime.types" : "/dev/null"}`,
    "StartServers 1",
    `DocumentRoot "${dist}"`,
    "<Directory />",
    "  AllowOverride None",
    "  Require all denied",
    "</Directory>",
    `<Directory "${dist}">`,
    "  Options FollowSymLinks",
    "  AllowOverride All",
    "  Require all granted",
    "</Directory>",
    "AccessFileName .htaccess",
    '<FilesMatch "^\\.ht">',
    "  Require all denied",
    "</FilesMatch>",
    "",
  ].join("\n");
  return {
    command: APACHE,
    args: ["-d", tempDir, "-f", resolve(tempDir, "httpd.conf"), "-DFOREGROUND"],
    files: { "httpd.conf": config },
    errorLog: "error.log",
  };
}
