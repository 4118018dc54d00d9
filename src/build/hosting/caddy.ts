/** Build-time only (Node): never imported by the app. */
import { routesWithin, successOnly, type Route, type RouteTable } from "./route-table.ts";

/** A double-quoted Caddyfile token: inside one, only \" is an escape, and a backslash is itself. */
function quote(value: string): string {
  return `"${value.replace(/"/g, '\\"')}"`;
}

function pathPattern(route: Route): string {
  return route.match.kind === "exact" ? route.match.path : `${route.match.path}*`;
}

/**
 * Caddy applies every `header` directive whose matcher matches, so each route's matcher leaves
 * out the routes inside it: exactly one set of headers reaches each path, as with nginx's locations.
 */
function headerBlock(table: RouteTable, route: Route, index: number): string[] {
  const inner = routesWithin(table, route).map(pathPattern);
  const matcher = [`\tpath ${pathPattern(route)}`, ...(inner.length ? [`\tnot path ${inner.join(" ")}`] : [])];
  const always = route.headers.filter(([name]) => !successOnly(name));
  const onSuccess = route.headers.filter(([name]) => successOnly(name));
  return [
    `@route${index} {`,
    ...matcher,
    "}",
    `header @route${index} {`,
    ...always.map(([name, value]) => `\t${name} ${quote(value)}`),
    "}",
    // Caching only for a file that is there: a 404 must not be kept.
    ...(onSuccess.length
      ? [
          `@route${index}_file {`,
          ...matcher,
          route.file ? `\tfile ${route.file}` : "\tfile",
          "}",
          `header @route${index}_file {`,
          ...onSuccess.map(([name, value]) => `\t${name} ${quote(value)}`),
          "}",
        ]
      : []),
  ];
}

/**
 * The Caddy configuration, to `import` inside a site block whose `root` is dist/: the headers
 * of _headers per path, MIME types, gzip and zstd, a page's other paths rewritten to its file,
 * and 404 for host files, dotfiles and any path without a file.
 */
export function caddyConfig(table: RouteTable): string {
  const hidden = [
    ...table.hidden.exact.map((path) => `^${path.replace(/\./g, "\\.")}$`),
    ...table.hidden.prefixes.map((path) => `^${path}`),
    "/\\.",
  ];
  const pages = table.routes.filter((route) => route.file);
  return [
    "# Written by the build from _headers (npm run build): edit public/_headers, not this file.",
    "# Import it inside a site block whose root is this dist/ folder: root * /path/to/dist",
    "",
    "# The host's own files and dotfiles are never served.",
    `@hidden path_regexp ${quote(hidden.join("|"))}`,
    "respond @hidden 404",
    "",
    ...table.routes.flatMap((route, index) => [...headerBlock(table, route, index), ""]),
    // Go's own table lacks some of these (.webmanifest), and differs between systems.
    ...Object.entries(table.mimeTypes).flatMap(([extension, type]) => [
      `@type_${extension} {`,
      `\tpath *.${extension}`,
      "\tfile",
      "}",
      `header @type_${extension} Content-Type ${quote(type)}`,
    ]),
    "",
    ...pages.map((route) => `rewrite ${route.match.path} ${route.file}`),
    "",
    "encode zstd gzip {",
    "\tmatch {",
    // One line per type: Caddy ORs the values given for the same header.
    ...table.compressible.map((type) => `\t\theader Content-Type ${type}*`),
    "\t}",
    "}",
    "file_server",
    "",
  ].join("\n");
}
