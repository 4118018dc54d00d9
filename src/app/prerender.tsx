/** Build-time rendering of the default page, so the verdict is in the HTML before any script runs. */
import { renderToString } from "react-dom/server";
import { App } from "./app.tsx";

export function renderDefaultPage(): string {
  return renderToString(<App />);
}
