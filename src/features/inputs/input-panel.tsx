import { memo, useId } from "react";
import { t } from "@lingui/core/macro";
import { INPUTS, type InputGroup } from "../../model/index.ts";
import { PlansSection } from "./plans-section.tsx";
import { PresetPicker } from "./preset-picker.tsx";
import { ScenarioField } from "./scenario-field.tsx";
import { groupLabel } from "../../i18n/input-text.ts";

/** The folded groups; the managed terms are each plan's, in the plans section. */
const GROUP_ORDER: readonly InputGroup[] = ["business", "frequency", "breakFix", "simulation"];

const PRIMARY = INPUTS.filter((def) => def.kind === "number" && def.primary);

/**
 * The five inputs that matter most up front, then the managed plans; every other assumption folded
 * below, by group.
 * Memoised: each field reads its own value from the store, so the panel need not redraw with the page.
 */
export const InputPanel = memo(function InputPanel({
  showPresets = true,
  showPlans = true,
  size,
  title = t`Your business`,
}: {
  showPresets?: boolean;
  /** Presenter mode shows the five key inputs alone: the plans stand side by side above. */
  showPlans?: boolean;
  size?: "normal" | "large";
  /** The panel's heading, which also names its region for screen readers. */
  title?: string;
}) {
  const titleId = useId();
  return (
    <section className="inputs" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {showPresets ? <PresetPicker /> : null}
      <div className="inputs__primary">
        {PRIMARY.map((def) => (
          <ScenarioField key={def.key} def={def} size={size} />
        ))}
      </div>
      {showPlans ? <PlansSection size={size} /> : null}
      <details className="more">
        <summary className="more__summary">{t`More assumptions`}</summary>
        {GROUP_ORDER.map((group) => (
          <fieldset key={group} className="inputs__group">
            <legend className="inputs__legend">{groupLabel(group)}</legend>
            {INPUTS.filter((def) => def.group === group && !(def.kind === "number" && def.primary)).map((def) => (
              <ScenarioField key={def.key} def={def} />
            ))}
          </fieldset>
        ))}
      </details>
    </section>
  );
});
