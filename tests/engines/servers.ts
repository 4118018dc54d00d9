/**
 * What the journeys open: the production build under `vite preview` (with the real security
 * headers from dist/_headers), which can be cut off to play a lost network, and a host site on
 * another origin that embeds the calculator under its own strict policy.
 *
 * Both servers add a `report-uri` to every Content-Security-Policy they send and keep the reports
 * browsers post to it: a violation is reported even when it happens before a test can listen in
 * the page (WebKit's classic WebDriver cannot run a script before the page's own).
 */
import {
  createServer,
  type IncomingMessage,
  type Server as HttpServer,
  type ServerResponse,
} from "node:http";
import type { AddressInfo } from "node:net";
import { preview, type Plugin } from "vite";

const REPORT_PATH = "/__csp-report";

export type Server = {
  origin: string;
  /** The CSP violations browsers reported since the last call. */
  takeCspReports(): string[];
  close(): Promise<void>;
};

export type Preview = Server & {
  /** Offline, every connection is refused, as with the network off. */
  setOffline(offline: boolean): Promise<void>;
};

/**
 * Handles the reports posted to REPORT_PATH (true when the request was one), and otherwise makes
 * the response's policy report there, whenever and however it is set.
 */
function reportViolations(
  request: IncomingMessage,
  response: ServerResponse,
  reports: string[],
): boolean {
  if (request.method === "POST" && request.url === REPORT_PATH) {
    let body = "";
    request.on("data", (chunk: Buffer) => (body += chunk.toString()));
    request.on("end", () => {
      const report =
        (JSON.parse(body || "{}") as { "csp-report"?: Record<string, string> })["csp-report"] ?? {};
      reports.push(
        `CSP violation (reported): ${report["effective-directive"] ?? report["violated-directive"]} blocked ${report["blocked-uri"] || "(inline)"} in ${report["document-uri"]}`,
      );
      response.writeHead(204).end();
    });
    return true;
  }
  const setHeader = response.setHeader.bind(response);
  response.setHeader = (name, value) =>
    setHeader(
      name,
      name.toLowerCase() === "content-security-policy"
        ? `${String(value)}; report-uri ${REPORT_PATH}`
        : value,
    );
  return false;
}

/**
 * Serves the build on PREVIEW_PORT (as for the Playwright tests, so checkouts side by side do not
 * collide) plus `portOffset`: each engine has its own port, and the offline journey closes it.
 */
export async function startPreview(portOffset = 0): Promise<Preview> {
  const port = Number(process.env.PREVIEW_PORT ?? 4173) + portOffset;
  const reports: string[] = [];
  const cspReports: Plugin = {
    name: "csp-reports",
    // Before the security headers' own middleware, so the policy it sets reports here.
    enforce: "pre",
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (!reportViolations(request, response, reports)) next();
      });
    },
  };
  const server = await preview({
    plugins: [cspReports],
    preview: { port, strictPort: true, host: "localhost" },
    logLevel: "warn",
  });
  return {
    origin: `http://localhost:${port}`,
    // Offline, the port refuses connections, as a machine with its network off does.
    async setOffline(offline) {
      // Plain HTTP here: no certificate is configured, so vite serves HTTP/1.1.
      const http = server.httpServer as HttpServer;
      if (offline) {
        await new Promise((resolve) => {
          http.close(resolve);
          http.closeAllConnections();
        });
      } else {
        await new Promise<void>((resolve) => http.listen(port, "localhost", resolve));
      }
    },
    takeCspReports: () => reports.splice(0),
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
export async function startHost(calculatorOrigin: string): Promise<Server> {
  const page = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>Harbour IT: the cost calculator</title><script src="/host.js"></script></head>
  <body>
    <h1>What would IT support cost your business?</h1>
    <script src="${calculatorOrigin}/embed.js" data-seats="40" data-brand="Harbour IT" async></script>
    <p>Questions? Call us on 0123 456 789.</p>
  </body>
</html>`;
  const reports: string[] = [];
  const server = createServer((request, response) => {
    if (reportViolations(request, response, reports)) return;
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
    response.setHeader("Content-Type", path.endsWith(".js") ? "text/javascript" : "text/html");
    response.setHeader(
      "Content-Security-Policy",
      `default-src 'none'; script-src 'self' ${calculatorOrigin}; frame-src ${calculatorOrigin}; img-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'`,
    );
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  return {
    origin: `http://localhost:${(server.address() as AddressInfo).port}`,
    takeCspReports: () => reports.splice(0),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
