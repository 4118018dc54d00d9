import { i18n } from "@lingui/core";
import { t } from "@lingui/core/macro";
import { useCalculator } from "../../state/store.ts";
import { PRESETS } from "./presets.ts";

/** Buttons that fill in a typical business, with an undo for the last one chosen. */
export function PresetPicker() {
  const applyPreset = useCalculator((state) => state.applyPreset);
  const undoPreset = useCalculator((state) => state.undoPreset);
  const applied = useCalculator((state) => state.beforePreset?.presetName ?? null);

  return (
    <div className="presets">
      <p className="presets__title" id="presets-title">
        {t`Start from a typical business`}
      </p>
      <div className="presets__list" role="group" aria-labelledby="presets-title">
        {PRESETS.map((preset) => {
          const name = i18n._(preset.name);
          return (
            <button
              key={preset.id}
              type="button"
              className="button button--chip"
              title={i18n._(preset.description)}
              onClick={() => applyPreset(name, preset.values)}
            >
              {name}
            </button>
          );
        })}
      </div>
      <p className="presets__status" role="status">
        {applied ? (
          <>
            {t`Filled in “${applied}”.`}{" "}
            <button type="button" className="button button--link" onClick={undoPreset}>
              {t`Undo`}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
