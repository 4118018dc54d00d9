import { describe, expect, it, vi } from "vitest";
import { renderHook, waitFor } from "@testing-library/react";
import { useLoadedModule } from "./use-loaded-module.ts";

describe("useLoadedModule", () => {
  it("loads nothing until wanted, then holds the module and hands it to onLoad once", async () => {
    const module = { name: "leave-behind" };
    const load = vi.fn(() => Promise.resolve(module));
    const onLoad = vi.fn();
    const { result, rerender } = renderHook(({ wanted }) => useLoadedModule(load, wanted, onLoad), {
      initialProps: { wanted: false },
    });
    expect(load).not.toHaveBeenCalled();
    expect(result.current).toBeNull();
    rerender({ wanted: true });
    await waitFor(() => expect(result.current).toBe(module));
    expect(load).toHaveBeenCalledTimes(1);
    expect(onLoad).toHaveBeenCalledWith(module);
  });

  it("stays empty, without an unhandled rejection, when the chunk cannot load", async () => {
    const load = vi.fn(() => Promise.reject(new Error("Failed to fetch dynamically imported module")));
    const { result } = renderHook(() => useLoadedModule(load, true));
    await waitFor(() => expect(load).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(result.current).toBeNull();
  });
});
