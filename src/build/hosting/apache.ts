/** Build-time only (Node): never imported by the app. */
import { successOnly, type Route, type RouteTable } from "./route-table.ts";

/** A double-quoted Header value: mod_headers reads "%" as the start of a format, "%%" as itself. */
function quote(value: string): string {
  return `"${value.replace(/["\\]/g, "\\$&").replace(/%/g, "%%")}"`;
}

function condition(route: Route): string {
  return route.match.kind === "exact"
    ? `%{REQUEST_URI} == '${route.match.path}'`
    : `%{REQUEST_URI} =~ m#^${route.match.path.replace(/\./g, "\\.")}#`;
}

/** One <If>/<ElseIf>/<Else> chain, most specific first: Apache applies the first that matches. */
function headerChain(table: RouteTable): string[] {
  return table.routes.flatMap((route, index) => {
    const last = route.match.kind === "prefix" && route.match.path === "/";
    const open = index === 0 ? `<If "${condition(route)}">` : last ? "<Else>" : `<ElseIf "${condition(route)}">`;
    const close = index === 0 ? "</If>" : last ? "</Else>" : "</ElseIf>";
    return [open, ...route.headers.map(([name, value]) => `  Header ${successOnly(name) ? "" : "always "}set ${name} ${quote(value)}`), close];
  });
}

function byType(table: RouteTable): string {
  return table.compressible.join(" ");
}

/**
 * dist/.htaccess for Apache (shared hosting included), with mod_headers, mod_rewrite and
 * mod_mime, and mod_deflate or mod_brotli where the host has them: the headers of _headers per
 * path, MIME types, compression, a page's other paths rewritten to its file, and 404 for host
 * files, dotfiles and any path without a file. It needs AllowOverride FileInfo (the usual
 * shared-hosting setting is All) and Options FollowSymLinks for mod_rewrite.
 */
export function apacheConfig(table: RouteTable): string {
  const pages = table.routes.filter((route) => route.file);
  const rewrite = (path: string) => `^${path.slice(1).replace(/\./g, "\\.")}`;
  return [
    "# Written by the build from _headers (npm run build): edit public/_headers, not this file.",
    "",
    ...Object.entries(table.mimeTypes).map(([extension, type]) => `AddType ${quote(type.split(";")[0]!)} .${extension}`),
    "AddDefaultCharset utf-8",
    `AddCharset utf-8 ${Object.keys(table.mimeTypes).filter((extension) => table.mimeTypes[extension]!.includes("charset")).map((extension) => `.${extension}`).join(" ")}`,
    "DirectoryIndex index.html",
    "",
    "RewriteEngine On",
    "# The host's own files and dotfiles are never served.",
    ...table.hidden.exact.map((path) => `RewriteRule ${rewrite(path)}$ - [R=404,L]`),
    ...table.hidden.prefixes.map((path) => `RewriteRule ${rewrite(path)} - [R=404,L]`),
    "RewriteRule (^|/)\\. - [R=404,L]",
    "# A page's other paths are answered by its file.",
    ...pages
      .filter((route) => route.match.path !== "/" && !route.match.path.endsWith("/"))
      .map((route) => `RewriteRule ${rewrite(route.match.path)}$ ${route.file!.slice(1)} [L]`),
    "",
    // Not inside <IfModule>: without mod_headers the site must fail loudly, not run without its policy.
    ...headerChain(table),
    "",
    "# Brotli where the server has it, gzip otherwise; each leaves a response the other has compressed alone.",
    "<IfModule mod_brotli.c>",
    `  AddOutputFilterByType BROTLI_COMPRESS ${byType(table)}`,
    "</IfModule>",
    "<IfModule mod_deflate.c>",
    `  AddOutputFilterByType DEFLATE ${byType(table)}`,
    "</IfModule>",
    "",
  ].join("\n");
}
