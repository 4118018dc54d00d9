/**
 * What the journeys open: the production build under `vite preview` (with the real security
 * headers from dist/_headers), which can be cut off to play a lost network, and a host site on
 * another origin that embeds the calculator under its own strict policy.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { preview, type Plugin } from "vite";

export type Preview = {
  origin: string;
  /** While true, every request's connection is dropped, as with the network off. */
  setOffline(offline: boolean): void;
  close(): Promise<void>;
};

/** PREVIEW_PORT as for the Playwright tests, so checkouts side by side do not collide. */
export async function startPreview(
  port = Number(process.env.PREVIEW_PORT ?? 4173),
): Promise<Preview> {
  let offline = false;
  const networkSwitch: Plugin = {
    name: "network-switch",
    configurePreviewServer(server) {
      server.middlewares.use((request, _response, next) => {
        if (offline) request.socket.destroy();
        else next();
      });
    },
  };
  const server = await preview({
    plugins: [networkSwitch],
    preview: { port, strictPort: true, host: "localhost" },
    logLevel: "warn",
  });
  return {
    origin: `http://localhost:${port}`,
    setOffline: (value) => {
      offline = value;
    },
    close: () => server.close(),
  };
}

/** The script the host page runs: it keeps every event the calculator's loader sends. */
const HOST_SCRIPT = `window.itcostEvents = [];
for (const type of ["ready", "resize", "scenario-changed"]) {
  window.addEventListener("itcost:" + type, (event) => window.itcostEvents.push(event.detail));
}`;

/**
 * A host site on its own origin: one page with the one-line snippet, under a policy that allows
 * the calculator as a script and a frame and nothing inline.
 */
export async function startHost(
  calculatorOrigin: string,
): Promise<{ origin: string; close(): Promise<void> }> {
  const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Harbour IT: the cost calculator</title><script src="/host.js"></script></head>
  <body>
    <h1>What would IT support cost your business?</h1>
    <script src="${calculatorOrigin}/embed.js" data-seats="40" data-brand="Harbour IT" async></script>
    <p>Questions? Call us on 0123 456 789.</p>
  </body>
</html>`;
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname;
    if (path === "/favicon.ico") {
      response.writeHead(204).end();
      return;
    }
    const body = path === "/host.html" ? page : path === "/host.js" ? HOST_SCRIPT : null;
    if (body === null) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "Content-Type": path.endsWith(".js") ? "text/javascript" : "text/html",
      "Content-Security-Policy": `default-src 'none'; script-src 'self' ${calculatorOrigin}; frame-src ${calculatorOrigin}; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'`,
    });
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
