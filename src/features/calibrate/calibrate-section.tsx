/**
 * "Use your own records": a file input and a drop zone near the inputs. This shell is all that
 * loads with the page; the worker that reads the file (with Papa Parse) starts when a file is
 * chosen, and the review of what it holds loads then too.
 */
import { Suspense, useEffect, useId, useRef, useState, type ComponentType, type DragEvent } from "react";
import { plural, t } from "@lingui/core/macro";
import { formatPercent, type Currency } from "../../lib/format.ts";
import { Dropped, RecordsClient, startRecordsWorker, type StartRecordsWorker } from "./records-client.ts";
import type { FileSummary } from "./records-protocol.ts";
import { refusalText } from "./calibrate-reasons.ts";
import type { HistoryChartProps } from "./history-chart-props.ts";
import "./calibrate.css";
import { lazyComponent } from "../../app/lazy-component.ts";

const loadReview = () => import("./records-review.tsx");
const RecordsReview = lazyComponent(loadReview);

export type CalibrateSectionProps = {
  currency: Currency;
  HistoryChart: ComponentType<HistoryChartProps>;
  /** Where the records worker comes from; a test runs the same work in-process. */
  startWorker?: StartRecordsWorker;
};

type Reading = { fileName: string; fraction: number; client: RecordsClient };
type Review = { summary: FileSummary; client: RecordsClient; serial: number };
type Message = { kind: "note" | "error"; text: string };

/** A sentence ending in a full stop, however the reason ended. */
function sentence(text: string): string {
  return text.replace(/\.?$/, ".");
}

export default function CalibrateSection({ currency, HistoryChart, startWorker = startRecordsWorker }: CalibrateSectionProps) {
  const ids = { title: useId(), file: useId() };
  const [reading, setReading] = useState<Reading | null>(null);
  // The file under review: its summary and the worker holding its rows.
  const [review, setReview] = useState<Review | null>(null);
  const reviewed = useRef<Review | null>(null);
  const serial = useRef(0);
  const [message, setMessage] = useState<Message | null>(null);
  const [dragging, setDragging] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  // Every worker still running, ended when the section goes.
  const clients = useRef(new Set<RecordsClient>());
  useEffect(() => {
    const running = clients.current;
    return () => {
      for (const client of running) client.close();
      running.clear();
    };
  }, []);

  const end = (client: RecordsClient) => {
    client.close();
    clients.current.delete(client);
  };

  const open = (files: FileList | null | undefined) => {
    const file = files?.[0];
    if (!file) return;
    if (reading) end(reading.client);
    void loadReview();
    const client = new RecordsClient(startWorker);
    clients.current.add(client);
    const fileName = file.name;
    const others = files.length > 1 ? t`One file at a time: drop the others after this one.` : null;
    setMessage(others ? { kind: "note", text: others } : null);
    setReading({ fileName: file.name, fraction: 0, client });
    const ours = (shown: Reading | null) => shown?.client === client;
    client.read(file, (fraction) => setReading((shown) => (ours(shown) ? { ...shown!, fraction } : shown))).then(
      (result) => {
        setReading((shown) => (ours(shown) ? null : shown));
        if ("refusal" in result) {
          end(client);
          const reason = refusalText(result.refusal);
          setMessage({ kind: "error", text: t`${reason} Nothing was changed.` });
          return;
        }
        if (reviewed.current) end(reviewed.current.client);
        reviewed.current = { summary: result.summary, client, serial: ++serial.current };
        setReview(reviewed.current);
        const rows = result.summary.rows;
        const read = plural(rows, { one: `Read # row from “${fileName}”.`, other: `Read # rows from “${fileName}”.` });
        setMessage({ kind: "note", text: others ? `${read} ${others}` : read });
      },
      (error: unknown) => {
        if (error instanceof Dropped) return;
        end(client);
        setReading((shown) => (ours(shown) ? null : shown));
        const reason = sentence(error instanceof Error ? error.message : String(error));
        setMessage({ kind: "error", text: t`“${fileName}” could not be read: ${reason} Nothing was changed.` });
      },
    );
  };

  const cancel = () => {
    if (!reading) return;
    end(reading.client);
    setReading(null);
    const fileName = reading.fileName;
    setMessage({ kind: "note", text: t`Stopped reading “${fileName}”. Nothing was changed.` });
    fileInput.current?.focus();
  };

  const dragOver = (event: DragEvent) => {
    if (!event.dataTransfer.types.includes("Files")) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = "copy";
    setDragging(true);
  };

  const drop = (event: DragEvent) => {
    if (event.dataTransfer.files.length === 0) return;
    event.preventDefault();
    setDragging(false);
    open(event.dataTransfer.files);
  };

  const fileName = reading?.fileName ?? "";
  return (
    <section
      className={dragging ? "calibrate calibrate--dragging" : "calibrate"}
      aria-labelledby={ids.title}
      onDragEnter={dragOver}
      onDragOver={dragOver}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <h2 id={ids.title} className="section-title">
        {t`Use your own records`}
      </h2>
      <p className="calibrate__lede">
        {t`Drop a CSV export of your helpdesk tickets or of your IT provider’s invoices here, and the calculator fits how often people call, how long a fix takes and what an hour costs you. The file is read in this browser and never leaves it; only the figures you apply go into the link.`}
      </p>
      <div className="calibrate__pick">
        <label htmlFor={ids.file} className="calibrate__label">
          {t`CSV file of your records`}
        </label>
        <input
          ref={fileInput}
          id={ids.file}
          className="calibrate__file"
          type="file"
          onChange={(event) => {
            open(event.target.files);
            event.target.value = "";
          }}
        />
      </div>
      <div className="calibrate__status" role="status">
        {reading ? <p>{t`Reading “${fileName}”…`}</p> : null}
        {message?.kind === "note" ? <p>{message.text}</p> : null}
      </div>
      {reading ? (
        <div className="calibrate__progress">
          <progress max={1} value={reading.fraction} aria-label={t`Reading ${fileName}`} />
          <span className="calibrate__percent">{formatPercent(Math.floor(reading.fraction * 100))}</span>
          <button type="button" className="button" onClick={cancel}>
            {t({ message: "Cancel", comment: "button: stop reading the file" })}
          </button>
        </div>
      ) : null}
      <div role="alert">{message?.kind === "error" ? <p className="calibrate__error">{message.text}</p> : null}</div>
      {review ? (
        <Suspense fallback={<p className="muted">{t`Loading…`}</p>}>
          <RecordsReview
            key={review.serial}
            summary={review.summary}
            client={review.client}
            currency={currency}
            HistoryChart={HistoryChart}
          />
        </Suspense>
      ) : null}
    </section>
  );
}
