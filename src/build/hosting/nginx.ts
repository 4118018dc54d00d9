/** Build-time only (Node): never imported by the app. */
import { successOnly, type Route, type RouteTable } from "./route-table.ts";

/** A double-quoted nginx string; nginx has no escape for "$", so a value with one is refused. */
function quote(value: string): string {
  if (value.includes("$")) throw new Error(`nginx cannot send a header value with "$": ${value}`);
  return `"${value.replace(/["\\]/g, "\\$&")}"`;
}

function location(route: Route): string[] {
  const { match } = route;
  // Exact paths are files or pages; a page's other paths ("/", "/configure") name its file, so
  // nginx serves it here, with these headers, instead of redirecting internally to another location.
  const head = match.kind === "exact" ? `location = ${match.path}` : `location ${match.path}`;
  const tryFiles = route.file ? `try_files ${route.file} =404;` : "try_files $uri =404;";
  // "always": error responses carry the headers too, except caching. Each location lists all of
  // its headers: nginx drops the outer add_header lines in a location that has any of its own.
  return [
    `${head} {`,
    `    ${tryFiles}`,
    ...route.headers.map(([name, value]) => `    add_header ${name} ${quote(value)}${successOnly(name) ? "" : " always"};`),
    "}",
  ];
}

/**
 * The nginx configuration, to include inside a `server { }` block whose root is dist/. It sets
 * its own MIME types and gzip, answers 404 for host files and dotfiles and for any path without
 * a file (never the page instead), and sends each path the headers of _headers.
 */
export function nginxConfig(table: RouteTable): string {
  const types = Object.entries(table.mimeTypes).map(([extension, type]) => `    ${type.split(";")[0]} ${extension};`);
  const gzipTypes = table.compressible.filter((type) => type !== "text/html");
  return [
    "# Written by the build from _headers (npm run build): edit public/_headers, not this file.",
    "# Include it inside a server { } block whose root is this dist/ folder.",
    "",
    "types {",
    ...types,
    "}",
    "default_type application/octet-stream;",
    "charset utf-8;",
    `charset_types ${table.compressible.filter((type) => type !== "text/html").join(" ")};`,
    "index index.html;",
    "autoindex off;",
    "",
    "gzip on;",
    "gzip_vary on;",
    "gzip_comp_level 6;",
    "gzip_min_length 256;",
    `gzip_types ${gzipTypes.join(" ")};`,
    "",
    "# The host's own files and dotfiles are never served.",
    ...table.hidden.exact.map((path) => `location = ${path} { return 404; }`),
    ...table.hidden.prefixes.map((path) => `location ^~ ${path} { return 404; }`),
    "location ~ /\\. { return 404; }",
    "",
    ...table.routes.flatMap((route) => [...location(route), ""]),
  ].join("\n");
}
