/// <reference lib="webworker" />
/** Reads and fits a user's records off the main thread: half a million rows never freeze the page. */
import { createRecordsJob } from "./records-job.ts";
import type { RecordsRequest } from "./records-protocol.ts";

const scope = self as unknown as DedicatedWorkerGlobalScope;
const handle = createRecordsJob((response) => scope.postMessage(response));

scope.onmessage = (event: MessageEvent<RecordsRequest>) => void handle(event.data);
