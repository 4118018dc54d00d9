import { useEffect, useState } from "react";

export type CopyStatus = "idle" | "copied" | "failed";

/** How long "Copied" stays on screen. */
const STATUS_MS = 4000;

/**
 * Copies text to the clipboard and reports how it went for a few seconds, so a button can say
 * "Copied" or offer a way to copy by hand when the browser refuses.
 */
export function useClipboard(): { status: CopyStatus; copy: (text: string) => Promise<boolean> } {
  const [status, setStatus] = useState<CopyStatus>("idle");

  useEffect(() => {
    if (status === "idle") return;
    const timer = setTimeout(() => setStatus("idle"), STATUS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  const copy = async (text: string) => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("copied");
      return true;
    } catch {
      setStatus("failed");
      return false;
    }
  };
  return { status, copy };
}
