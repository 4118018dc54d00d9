import "@testing-library/jest-dom/vitest";
import { afterEach } from "vitest";
import { cleanup } from "@testing-library/react";
import { i18n } from "@lingui/core";

// English, the source language: outside a production build, Lingui's macros carry their English
// messages and compile them as they are used, so the tests need no catalog.
i18n.loadAndActivate({ locale: "en", locales: ["en"], messages: {} });

// Test files share one document per worker (isolate: false in vite.config.ts): each test leaves
// it as it found it, with nothing mounted, nothing stored and the address it started with.
const startAddress = window.location.href;

afterEach(() => {
  cleanup();
  localStorage.clear();
  sessionStorage.clear();
  if (window.location.href !== startAddress) window.history.replaceState(null, "", startAddress);
});
