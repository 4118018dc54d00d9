import { memo, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { downloadText } from "../../lib/download.ts";
import {
  MAX_FILE_BYTES,
  MAX_NAME_LENGTH,
  cleanName,
  loadSheets,
  newSheetId,
  parseSheetFile,
  saveSheets,
  sheetChange,
  sheetFileName,
  sheetFileText,
  sheetPlans,
  termsOf,
  type PriceSheet,
} from "./sheets.ts";
import { readLogoFile } from "./logo-file.ts";
import { StatusWithUndo } from "../../components/status-with-undo.tsx";

type Message = {
  kind: "done" | "error";
  text: string;
  undo?: () => void;
  /** The undo goes back through the store's last-applied record, so it lasts only while that does. */
  undoNeedsStore?: boolean;
};

const LIST = new Intl.ListFormat("en", { type: "conjunction" });

/** "2 managed plans, “Basic” and “Gold Care”": what a sheet's plans are, in words. */
function plansInWords(sheet: Pick<PriceSheet, "values">): string {
  const plans = sheetPlans(sheet);
  const names = LIST.format(plans.map((plan) => `“${plan.msName}”`));
  return plans.length === 1 ? `one managed plan, ${names}` : `${plans.length} managed plans, ${names}`;
}

function sameName(a: string, b: string): boolean {
  return a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;
}

/** A name not yet taken: "Acme" becomes "Acme (2)", then "Acme (3)". */
function freeName(name: string, sheets: readonly PriceSheet[]): string {
  if (!sheets.some((sheet) => sameName(sheet.name, name))) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name.slice(0, MAX_NAME_LENGTH - 6)} (${n})`;
    if (!sheets.some((sheet) => sameName(sheet.name, candidate))) return candidate;
  }
}

/**
 * Save the provider's terms and plans under a name, choose one to apply to the prospect's scenario
 * (only the terms and plans change), rename, delete, and move sheets between browsers as JSON files.
 * Memoised: it reads the store itself, so the toolkit's redraw with every figure need not redraw it. */
export const PriceSheetManager = memo(function PriceSheetManager() {
  const store = useCalculatorStoreApi();
  const undoAvailable = useCalculator((state) => state.beforePreset !== null);
  const undoPreset = useCalculator((state) => state.undoPreset);
  const ids = { name: useId(), list: useId(), rename: useId(), file: useId(), logo: useId(), plans: useId() };

  const [initial] = useState(loadSheets);
  const persistence = useRef({ unreadable: initial.unreadable, corrupt: initial.corrupt, available: initial.storageAvailable });
  const [sheets, setSheets] = useState<PriceSheet[]>(initial.sheets);
  const [selectedId, setSelectedId] = useState(initial.sheets[0]?.id ?? "");
  const [storageNotice, setStorageNotice] = useState(initial.notice);
  const [name, setName] = useState("");
  const [renaming, setRenaming] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const selected = sheets.find((sheet) => sheet.id === selectedId) ?? null;

  // The chosen sheet's logo is the one the printout and presenter mode show.
  const selectedLogo = selected?.logo ?? null;
  useEffect(() => {
    store.getState().setLogo(selectedLogo);
  }, [store, selectedLogo]);

  /** Shows the new list and stores it; says so when it could not be stored. Returns a note to add to the message. */
  const persist = (next: PriceSheet[]): string => {
    setSheets(next);
    if (!persistence.current.available) return " It is kept until this page is closed: this browser is not storing anything.";
    const result = saveSheets(next, persistence.current);
    if (result.status === "ok") {
      persistence.current.corrupt = false;
      return "";
    }
    if (result.status === "full") {
      return " It could not be stored because this browser's storage is full, so it is kept only until this page is closed. Export it to a file, or delete sheets you no longer need.";
    }
    persistence.current.available = false;
    setStorageNotice("This browser stopped letting the calculator store anything; price sheets are kept until the page is closed. Export a sheet to a file to keep it.");
    return " It is kept until this page is closed: this browser is not storing anything.";
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanName(name);
    if (!cleaned) {
      setMessage({ kind: "error", text: "Give the price sheet a name first." });
      return;
    }
    const values = termsOf(store.getState().scenario);
    const savedAt = new Date().toISOString();
    const existing = sheets.find((sheet) => sameName(sheet.name, cleaned));
    const sheet: PriceSheet = { ...existing, id: existing?.id ?? newSheetId(), name: existing?.name ?? cleaned, savedAt, values };
    const next = existing ? sheets.map((s) => (s.id === existing.id ? sheet : s)) : [...sheets, sheet];
    const note = persist(next);
    setSelectedId(sheet.id);
    setName("");
    const verb = existing ? "Updated" : "Saved";
    setMessage({
      kind: note ? "error" : "done",
      text: `${verb} “${sheet.name}” with the break-fix terms and ${plansInWords(sheet)}.${note}`,
    });
  };

  const apply = () => {
    if (!selected) return;
    store.getState().applyPriceSheet(selected.name, sheetChange(selected));
    setMessage({
      kind: "done",
      text: `Applied “${selected.name}”: the break-fix terms and ${plansInWords(selected)}; the business inputs are unchanged.`,
      undo: () => {
        undoPreset();
        setMessage({ kind: "done", text: `Went back to the terms before “${selected.name}”.` });
      },
      undoNeedsStore: true,
    });
  };

  const startRename = () => {
    if (!selected) return;
    setRenaming(selected.name);
    setMessage(null);
  };

  const finishRename = (event: FormEvent) => {
    event.preventDefault();
    if (!selected || renaming === null) return;
    const cleaned = cleanName(renaming);
    if (!cleaned) {
      setMessage({ kind: "error", text: "A price sheet needs a name." });
      return;
    }
    if (sheets.some((sheet) => sheet.id !== selected.id && sameName(sheet.name, cleaned))) {
      setMessage({ kind: "error", text: `There is already a price sheet called “${cleaned}”. Choose another name.` });
      return;
    }
    const note = persist(sheets.map((sheet) => (sheet.id === selected.id ? { ...sheet, name: cleaned } : sheet)));
    setRenaming(null);
    setMessage({ kind: note ? "error" : "done", text: `Renamed “${selected.name}” to “${cleaned}”.${note}` });
  };

  const remove = () => {
    if (!selected) return;
    const index = sheets.indexOf(selected);
    const next = sheets.filter((sheet) => sheet.id !== selected.id);
    const note = persist(next);
    setSelectedId(next[Math.min(index, next.length - 1)]?.id ?? "");
    setRenaming(null);
    setMessage({
      kind: note ? "error" : "done",
      text: `Deleted “${selected.name}”.${note}`,
      undo: () => {
        const restored = [...next.slice(0, index), selected, ...next.slice(index)];
        const undoNote = persist(restored);
        setSelectedId(selected.id);
        setMessage({ kind: undoNote ? "error" : "done", text: `Restored “${selected.name}”.${undoNote}` });
      },
    });
  };

  const exportSheet = () => {
    if (!selected) return;
    downloadText(sheetFileName(selected), sheetFileText(selected), "application/json");
    setMessage({ kind: "done", text: `Exported “${selected.name}” as ${sheetFileName(selected)}.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const refuse = (reason: string) =>
      setMessage({ kind: "error", text: `“${file.name}” was not imported: ${reason}. Nothing was changed.` });
    if (file.size > MAX_FILE_BYTES) {
      refuse(`at ${Math.round(file.size / 1000)} kB it is far too large to be a price sheet`);
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse("the file could not be read");
      return;
    }
    const parsed = parseSheetFile(text);
    if (!parsed.ok) {
      refuse(parsed.message);
      return;
    }
    const sheet: PriceSheet = {
      id: newSheetId(),
      name: freeName(parsed.name, sheets),
      savedAt: new Date().toISOString(),
      values: parsed.values,
      ...(parsed.logo ? { logo: parsed.logo } : {}),
    };
    const note = persist([...sheets, sheet]);
    setSelectedId(sheet.id);
    const defaults =
      parsed.missing.length > 0 ? ` It did not name ${parsed.missing.join(", ")}, so those take the calculator's defaults.` : "";
    setMessage({
      kind: note ? "error" : "done",
      text: `Imported “${sheet.name}”. Choose Apply to use its prices.${defaults}${note}`,
    });
  };

  const setSheetLogo = (sheet: PriceSheet, logo: string | null): string => {
    const changed: { -readonly [K in keyof PriceSheet]: PriceSheet[K] } = { ...sheet };
    if (logo) changed.logo = logo;
    else delete changed.logo;
    return persist(sheets.map((s) => (s.id === sheet.id ? changed : s)));
  };

  const chooseLogo = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file || !selected) return;
    const result = await readLogoFile(file);
    if (!result.ok) {
      setMessage({ kind: "error", text: `“${file.name}” was not used as the logo: ${result.message}.` });
      return;
    }
    const note = setSheetLogo(selected, result.logo);
    setMessage({ kind: note ? "error" : "done", text: `“${selected.name}” now has the logo from “${file.name}”.${note}` });
  };

  const removeLogo = () => {
    if (!selected) return;
    const note = setSheetLogo(selected, null);
    setMessage({ kind: note ? "error" : "done", text: `Removed the logo of “${selected.name}”.${note}` });
  };

  return (
    <section className="toolkit__card price-sheets" aria-labelledby={`${ids.list}-title`}>
      <h3 id={`${ids.list}-title`} className="toolkit__title">
        Price sheets
      </h3>
      <p className="toolkit__lede">
        Your break-fix terms and managed plans under a name, kept in this browser. Applying one changes only the terms and
        plans, never the prospect’s business inputs.
      </p>
      {storageNotice ? (
        <p className="toolkit__notice" role="alert">
          {storageNotice}
        </p>
      ) : null}
      <form className="toolkit__row" onSubmit={save}>
        <label htmlFor={ids.name} className="toolkit__label">
          Name
        </label>
        <input
          id={ids.name}
          className="toolkit__input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          placeholder="e.g. Standard 2026"
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button">
          Save current terms
        </button>
      </form>
      {sheets.length > 0 ? (
        <div className="toolkit__row">
          <label htmlFor={ids.list} className="toolkit__label">
            Saved
          </label>
          <select
            id={ids.list}
            className="toolkit__input"
            value={selectedId}
            onChange={(event) => {
              setSelectedId(event.target.value);
              setRenaming(null);
            }}
          >
            {sheets.map((sheet) => (
              <option key={sheet.id} value={sheet.id}>
                {sheet.name}
              </option>
            ))}
          </select>
          <button
            type="button"
            className="button button--accent"
            onClick={apply}
            disabled={!selected}
            aria-describedby={selected ? ids.plans : undefined}
          >
            Apply
          </button>
          {selected ? (
            <p id={ids.plans} className="muted price-sheets__plans">
              Holds the break-fix terms and {plansInWords(selected)}.
            </p>
          ) : null}
        </div>
      ) : (
        <p className="muted">No price sheets saved yet.</p>
      )}
      {selected && renaming === null ? (
        <div className="toolkit__actions">
          <button type="button" className="button" onClick={startRename}>
            Rename
          </button>
          <button type="button" className="button" onClick={remove}>
            Delete
          </button>
          <button type="button" className="button" onClick={exportSheet}>
            Export to file
          </button>
        </div>
      ) : null}
      {selected && renaming !== null ? (
        <form className="toolkit__row" onSubmit={finishRename}>
          <label htmlFor={ids.rename} className="toolkit__label">
            New name
          </label>
          <input
            id={ids.rename}
            className="toolkit__input"
            value={renaming}
            maxLength={MAX_NAME_LENGTH}
            autoComplete="off"
            // The field appears because the user asked to rename: moving focus there is expected.
            autoFocus
            onChange={(event) => setRenaming(event.target.value)}
          />
          <button type="submit" className="button">
            Save name
          </button>
          <button type="button" className="button" onClick={() => setRenaming(null)}>
            Cancel
          </button>
        </form>
      ) : null}
      {selected ? (
        <div className="toolkit__row price-sheets__logo">
          <label htmlFor={ids.logo} className="toolkit__label">
            Logo
          </label>
          {selected.logo ? (
            <img className="price-sheets__logo-preview" src={selected.logo} alt={`The logo of “${selected.name}”`} />
          ) : (
            <p className="muted price-sheets__logo-none">None yet: PNG, JPEG or WebP up to 500 KB, for the printout and presenter mode.</p>
          )}
          <input
            id={ids.logo}
            className="toolkit__file"
            type="file"
            accept="image/png,image/jpeg,image/webp"
            onChange={(event) => void chooseLogo(event)}
          />
          {selected.logo ? (
            <button type="button" className="button" onClick={removeLogo}>
              Remove logo
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="toolkit__actions">
        <input
          ref={fileInput}
          id={ids.file}
          aria-label="Price sheet file to import"
          hidden
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event)}
        />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          Import from file…
        </button>
      </div>
      <StatusWithUndo
        className="toolkit__status"
        text={message?.kind === "done" ? message.text : null}
        onUndo={message?.kind === "done" && message.undo && (undoAvailable || !message.undoNeedsStore) ? message.undo : null}
      />
      <div role="alert">{message && message.kind === "error" ? <p className="toolkit__error">{message.text}</p> : null}</div>
    </section>
  );
});
