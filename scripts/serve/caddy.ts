import { resolve } from "node:path";
import { SERVER_CONFIGS } from "../../src/build/hosting/server-configs-plugin.ts";
import { listenAddress, type Launch, type ServeOptions } from "./options.ts";

export const CADDY = "/usr/bin/caddy";

/**
 * Caddy in the foreground over plain HTTP, importing the directives the build wrote, with no
 * admin endpoint and its data, config and certificates (none are made) kept in tempDir.
 */
export function caddy(options: ServeOptions): Launch {
  const { dist, tempDir } = options;
  const config = [
    "{",
    "\tadmin off",
    "\tauto_https off",
    `\tstorage file_system ${tempDir}/data`,
    "}",
    `http://${listenAddress(options)} {`,
    `\tbind ${options.host}`,
    `\troot * ${dist}`,
    ...(options.accessLog ? ["\tlog {", "\t\toutput stdout", "\t}"] : []),
    `\timport ${resolve(dist, SERVER_CONFIGS.caddy)}`,
    "}",
    "",
  ].join("\n");
  return {
    command: CADDY,
    args: ["run", "--adapter", "caddyfile", "--config", resolve(tempDir, "Caddyfile")],
    env: { XDG_CONFIG_HOME: resolve(tempDir, "config"), XDG_DATA_HOME: resolve(tempDir, "data"), HOME: tempDir },
    files: { Caddyfile: config },
  };
}
