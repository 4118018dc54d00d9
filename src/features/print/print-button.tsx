import { useState } from "react";
import { t } from "@lingui/core/macro";

/** Prints the leave-behind once the printout's parts have loaded; says so while they do. */
export function PrintButton({ print }: { print: () => Promise<void> }) {
  const [preparing, setPreparing] = useState(false);
  const onClick = async () => {
    setPreparing(true);
    try {
      await print();
    } finally {
      setPreparing(false);
    }
  };
  return (
    <button type="button" className="button button--accent" onClick={() => void onClick()} aria-busy={preparing}>
      {preparing ? t`Preparing…` : t`Print / save as PDF`}
    </button>
  );
}
