import { useEffect, useState } from "react";

/**
 * The value once it has stopped changing for `delayMs`: slow views follow it, so they redraw when
 * typing or dragging pauses rather than between two keystrokes.
 */
export function useSettledValue<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(settled, value)) return;
    const timer = setTimeout(() => setSettled(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, settled, delayMs]);
  return settled;
}
