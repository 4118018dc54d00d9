import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";

// Test files share one document per worker (isolate: false in vite.config.ts): each test leaves
// it as it found it, with nothing mounted, nothing stored and the address it started with.
const startAddress = window.location.href;

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  if (window.location.href !== startAddress) window.history.replaceState(null, "", startAddress);
});
