/** Build-time only (Node): never imported by the app. */
import { headersForPath, type HeaderRule } from "../headers-file.ts";
import { HOST_CONFIG_FILES, SERVER_CONFIG_DIR } from "../not-served.ts";

/**
 * What nginx, Caddy and Apache need to serve dist/ as the static hosts that read _headers do,
 * worked out once from the built _headers and the built pages; each server's writer only
 * spells it in its own syntax. A server picks one route per request, so every route carries
 * the complete set of headers for its paths, every matching _headers rule merged in.
 */

/** A request path exactly, or everything under a folder ("/assets/"; "/" is everything). */
export type PathMatch = { kind: "exact"; path: string } | { kind: "prefix"; path: string };

export type Route = {
  match: PathMatch;
  /** Headers in _headers order, names as written there. */
  headers: [string, string][];
  /** For a page's path with no file of its own ("/", "/configure"): the file that answers it. */
  file?: string;
};

export type RouteTable = {
  /** Most specific first: exact paths, then folders, longest first; the last is "/". */
  routes: Route[];
  /** Answered 404: the host's own files (exact paths and folders); dotfiles are answered 404 too. */
  hidden: { exact: string[]; prefixes: string[] };
  /** File extension (no dot) to Content-Type, for every kind of file the build writes. */
  mimeTypes: Record<string, string>;
  /** The Content-Types worth compressing. */
  compressible: string[];
};

/**
 * Static hosts have browsers revalidate what _headers gives no Cache-Control (Netlify sends
 * "max-age=0, must-revalidate"); a server of one's own has to say so, or browsers guess a
 * lifetime from Last-Modified and keep an old page, embed.js or service worker.
 */
export const REVALIDATE = "no-cache";

/**
 * Headers sent with successful responses only. An error must not be cached: a 404 for an asset
 * asked for before a new build was in place would otherwise be kept for a year.
 */
export function successOnly(name: string): boolean {
  return name.toLowerCase() === "cache-control";
}

export const MIME_TYPES: Record<string, string> = {
  html: "text/html; charset=utf-8",
  js: "text/javascript; charset=utf-8",
  mjs: "text/javascript; charset=utf-8",
  css: "text/css; charset=utf-8",
  json: "application/json",
  map: "application/json",
  webmanifest: "application/manifest+json",
  svg: "image/svg+xml",
  png: "image/png",
  ico: "image/x-icon",
  txt: "text/plain; charset=utf-8",
  woff2: "font/woff2",
};

const COMPRESSIBLE = [
  "text/html",
  "text/css",
  "text/javascript",
  "application/javascript",
  "application/json",
  "application/manifest+json",
  "image/svg+xml",
  "text/plain",
];

/** Characters every server's syntax takes in a path without quoting or escaping. */
const PLAIN_PATH = /^\/[A-Za-z0-9._~/-]*$/;

/** The paths a built page answers: "de/index.html" at /de/ and /de/index.html, "embed.html" also at /embed. */
export function pagePaths(file: string): string[] {
  const path = `/${file}`;
  if (path.endsWith("/index.html")) return [path.slice(0, -"index.html".length), path];
  return [path, path.slice(0, -".html".length)];
}

function withDefaults(headers: Map<string, string>, names: Map<string, string>): [string, string][] {
  const entries: [string, string][] = [...headers].map(([key, value]) => [names.get(key) ?? key, value]);
  if (!headers.has("cache-control")) entries.push(["Cache-Control", REVALIDATE]);
  return entries;
}

/** The headers every path under a folder gets: those of the "/folder/*" rules that cover it. */
function folderHeaders(rules: readonly HeaderRule[], folder: string): Map<string, string> {
  const covering = rules.filter((rule) => rule.pattern.endsWith("/*") && folder.startsWith(rule.pattern.slice(0, -1)));
  // Any path under the folder that no exact rule names gets exactly these.
  return headersForPath(covering, folder);
}

/**
 * Builds the table from the built _headers rules and the built pages (paths relative to dist/).
 * Throws when a rule has no equivalent on these servers (a placeholder, a * that does not end
 * the pattern), when a page has no Content-Security-Policy, or when two paths of one page would
 * get different headers.
 */
export function routeTable(rules: readonly HeaderRule[], pages: readonly string[]): RouteTable {
  const names = new Map(rules.flatMap((rule) => rule.headers.map(([name]) => [name.toLowerCase(), name] as const)));
  const exact = new Map<string, Route>();
  const folders = new Set<string>(["/"]);
  for (const rule of rules) {
    const splat = rule.pattern.endsWith("/*") ? rule.pattern.slice(0, -1) : null;
    const path = splat ?? rule.pattern;
    if (!PLAIN_PATH.test(path)) {
      throw new Error(`_headers: "${rule.pattern}" has no nginx, Caddy or Apache equivalent; use an exact path or a folder/*`);
    }
    if (splat) folders.add(splat);
    else exact.set(path, { match: { kind: "exact", path }, headers: withDefaults(headersForPath(rules, path), names) });
  }
  for (const page of pages) {
    const paths = pagePaths(page);
    const headers = paths.map((path) => headersForPath(rules, path));
    const first = JSON.stringify([...headers[0]!]);
    if (!paths.every((path) => PLAIN_PATH.test(path))) throw new Error(`the page ${page} needs a plainer file name`);
    if (!headers[0]!.has("content-security-policy")) {
      throw new Error(`the page ${page} has no Content-Security-Policy in _headers: give ${paths.join(" and ")} a rule each`);
    }
    if (headers.some((set) => JSON.stringify([...set]) !== first)) {
      throw new Error(`_headers gives ${paths.join(" and ")} different headers, though they are one page (${page})`);
    }
    for (const path of paths) {
      const route: Route = { match: { kind: "exact", path }, headers: withDefaults(headers[0]!, names) };
      if (path !== `/${page}`) route.file = `/${page}`;
      exact.set(path, route);
    }
  }
  const routes: Route[] = [
    ...[...exact.values()].sort((a, b) => a.match.path.localeCompare(b.match.path)),
    ...[...folders]
      .sort((a, b) => b.length - a.length || a.localeCompare(b))
      .map((path): Route => ({ match: { kind: "prefix", path }, headers: withDefaults(folderHeaders(rules, path), names) })),
  ];
  return {
    routes,
    hidden: { exact: HOST_CONFIG_FILES.map((file) => `/${file}`), prefixes: [`/${SERVER_CONFIG_DIR}/`] },
    mimeTypes: MIME_TYPES,
    compressible: COMPRESSIBLE,
  };
}

/** The routes strictly inside this one, which a server that applies every match must leave out. */
export function routesWithin(table: RouteTable, route: Route): Route[] {
  if (route.match.kind === "exact") return [];
  const folder = route.match.path;
  return table.routes.filter((other) => other !== route && other.match.path.startsWith(folder));
}
