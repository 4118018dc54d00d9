/** Build-time only (Node): never imported by the app. */

/**
 * Files and folders in dist/ that configure a host and are never served: static hosts read
 * _headers (and _redirects, _routes.json) themselves, _server/ holds the nginx and Caddy
 * configurations the build writes. Dotfiles (.htaccess, .vite/) are never served either.
 */
export const HOST_CONFIG_FILES = ["_headers", "_redirects", "_routes.json"] as const;
export const SERVER_CONFIG_DIR = "_server";

/** Whether a path relative to dist/ ("assets/x.js", "_server/Caddyfile") is a host's own file. */
export function isHostConfig(relativePath: string): boolean {
  const parts = relativePath.split("/");
  return (
    (HOST_CONFIG_FILES as readonly string[]).includes(relativePath) ||
    parts[0] === SERVER_CONFIG_DIR ||
    parts.some((part) => part.startsWith("."))
  );
}
