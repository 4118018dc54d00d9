import { useState, useSyncExternalStore } from "react";
import { t } from "@lingui/core/macro";
import { applyUpdate, subscribeToUpdate, waitingWorker } from "./register-service-worker.ts";
import "./offline.css";

/** A discreet note when a new version has been downloaded: it takes over only when the user says so. */
export function UpdatePrompt() {
  const worker = useSyncExternalStore(subscribeToUpdate, waitingWorker, () => null);
  const [dismissed, setDismissed] = useState<ServiceWorker | null>(null);
  if (!worker || dismissed === worker) return null;
  return (
    <div className="update-prompt" role="status">
      <p className="update-prompt__text">{t`A new version is available.`}</p>
      <button type="button" className="button button--accent" onClick={applyUpdate}>
        {t({ message: "Reload", comment: "Button: reload the page into the new version" })}
      </button>
      <button type="button" className="button button--link" onClick={() => setDismissed(worker)}>
        {t`Not now`}
      </button>
    </div>
  );
}
