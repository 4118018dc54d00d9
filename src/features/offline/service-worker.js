/**
 * The service worker that makes the calculator work with the network off. The build writes it
 * to dist/sw.js with the two constants below filled in (src/build/service-worker-plugin.ts):
 * every built file, and a hash of them all that names the cache.
 *
 * - Built files are served from the cache first: their names carry content hashes, so a cached
 *   copy is never stale.
 * - Pages (navigations) go to the network first, so a new version is found on the next visit,
 *   and fall back to the cached page of the link's language (/de/… to de/index.html, anything
 *   else to index.html), so any ?scenario link opens offline in its language.
 * - A new version waits until the page asks it to take over (the "Reload" prompt).
 */

/** @type {string[]} Paths relative to this file, filled in at build time. */
const PRECACHE = [];
/** @type {string} Content hash of every precached file, filled in at build time. */
const VERSION = "development";
/** @type {string[]} The folders of the pages in other languages than English ("de"), filled in at build time. */
const LANGUAGE_FOLDERS = [];

const CACHE_PREFIX = "it-support-calculator-";
const CACHE = `${CACHE_PREFIX}${VERSION}`;

/** The cached page a navigation falls back to offline: its language's own. */
function offlinePage(url) {
  const folder = url.pathname.split("/")[1];
  return new URL(LANGUAGE_FOLDERS.includes(folder) ? `${folder}/index.html` : "index.html", self.location.href).href;
}
/** A meeting room's weak Wi-Fi should not hold the page back for long. */
const NAVIGATION_TIMEOUT_MS = 4000;

const precached = new Set(PRECACHE.map((path) => new URL(path, self.location.href).href));
/**
 * Built files never change under one name, so a cached copy answers whatever the request's
 * headers: servers that send `Vary: Origin` would otherwise miss module scripts, which carry an
 * Origin header that the precaching request did not.
 */
const MATCH = { cacheName: CACHE, ignoreVary: true };

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll([...precached].map((url) => new Request(url, { cache: "reload" })))),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith(CACHE_PREFIX) && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

async function networkFirst(request, url) {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), NAVIGATION_TIMEOUT_MS);
  try {
    return await fetch(request, { signal: controller.signal });
  } catch {
    const cached = await caches.match(offlinePage(url), MATCH);
    return cached ?? Response.error();
  } finally {
    clearTimeout(timer);
  }
}

async function cacheFirst(request) {
  const cached = await caches.match(request, MATCH);
  return cached ?? fetch(request);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    event.respondWith(networkFirst(request, url));
  } else if (precached.has(url.href)) {
    event.respondWith(cacheFirst(request));
  }
});
