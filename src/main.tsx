import { StrictMode, startTransition } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import "./app/styles.css";
import { App } from "./app/app.tsx";
import { calculatorStore } from "./state/store.ts";
import { loadFromUrl, startUrlSync } from "./state/url-sync.ts";

const container = document.getElementById("root")!;
loadFromUrl(calculatorStore, window.location);
startUrlSync(calculatorStore, window);

const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

// The HTML was prerendered for the default scenario; any query string means other figures.
if (container.firstElementChild && window.location.search === "") {
  // As a transition, hydration yields to the browser every few milliseconds instead of blocking it.
  startTransition(() => {
    hydrateRoot(container, app);
  });
} else {
  container.textContent = "";
  createRoot(container).render(app);
}
