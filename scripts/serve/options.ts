/** Where and how a server serves dist/. */
export type ServeOptions = {
  /** Absolute path of the built dist/ folder. */
  dist: string;
  host: string;
  port: number;
  /** A folder of the server's own for its configuration, pid, temp and log files. */
  tempDir: string;
  /** Log each request to stdout (for a person watching; the tests leave it off). */
  accessLog: boolean;
};

/** How to start a server: its command, arguments, environment, and files to write in tempDir. */
export type Launch = {
  command: string;
  args: string[];
  env?: Record<string, string>;
  files: Record<string, string>;
  /** A log file in tempDir the server writes its errors to, shown when it fails. */
  errorLog?: string;
};

/** host:port as a listen directive takes it ([::1]:8080 for IPv6). */
export function listenAddress({ host, port }: Pick<ServeOptions, "host" | "port">): string {
  return `${host.includes(":") ? `[${host}]` : host}:${port}`;
}
