import { memo, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from "react";
import { plural, t } from "@lingui/core/macro";
import { useCalculator, useCalculatorStoreApi } from "../../state/store.ts";
import { downloadText } from "../../lib/download.ts";
import { formatNumber } from "../../lib/format.ts";
import { pageIntlLocale } from "../../i18n/messages.ts";
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
import { MAX_LOGO_FILE_BYTES, readLogoFile } from "./logo-file.ts";
import { StatusWithUndo } from "../../components/status-with-undo.tsx";

type Message = {
  kind: "done" | "error";
  text: string;
  undo?: () => void;
  /** The undo goes back through the store's last-applied record, so it lasts only while that does. */
  undoNeedsStore?: boolean;
};

/**
 * How many plans a sheet has and their names as a list ("“Basic” and “Gold Care”"), for the
 * sentences that say "2 managed plans, “Basic” and “Gold Care”".
 */
function sheetPlanNames(sheet: Pick<PriceSheet, "values">): { count: number; names: string } {
  const plans = sheetPlans(sheet);
  const list = new Intl.ListFormat(pageIntlLocale(), { type: "conjunction" });
  const quoted = plans.map(({ msName: name }) => t({ message: `“${name}”`, comment: "A plan's name in quotation marks" }));
  return { count: plans.length, names: list.format(quoted) };
}

/** Whole sentences one after another, leaving out the empty ones (a note persist() did not need). */
function sentences(...texts: string[]): string {
  return texts.filter(Boolean).join(" ");
}

/** "Holds the break-fix terms and 2 managed plans, “Basic” and “Gold Care”." */
function holdsText(sheet: Pick<PriceSheet, "values">): string {
  const { count, names } = sheetPlanNames(sheet);
  return t`Holds the break-fix terms and ${plural(count, { one: `one managed plan, ${names}`, other: `# managed plans, ${names}` })}.`;
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
  const selectedName = selected?.name ?? "";
  const logoLimit = formatNumber(MAX_LOGO_FILE_BYTES / 1024);

  // The chosen sheet's logo is the one the printout and presenter mode show.
  const selectedLogo = selected?.logo ?? null;
  useEffect(() => {
    store.getState().setLogo(selectedLogo);
  }, [store, selectedLogo]);

  /** Shows the new list and stores it; says so when it could not be stored. Returns a note to add to the message. */
  const persist = (next: PriceSheet[]): string => {
    setSheets(next);
    if (!persistence.current.available) return t`It is kept until this page is closed: this browser is not storing anything.`;
    const result = saveSheets(next, persistence.current);
    if (result.status === "ok") {
      persistence.current.corrupt = false;
      return "";
    }
    if (result.status === "full") {
      return t`It could not be stored because this browser's storage is full, so it is kept only until this page is closed. Export it to a file, or delete sheets you no longer need.`;
    }
    persistence.current.available = false;
    setStorageNotice(
      t`This browser stopped letting the calculator store anything; price sheets are kept until the page is closed. Export a sheet to a file to keep it.`,
    );
    return t`It is kept until this page is closed: this browser is not storing anything.`;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const cleaned = cleanName(name);
    if (!cleaned) {
      setMessage({ kind: "error", text: t`Give the price sheet a name first.` });
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
    const sheetName = sheet.name;
    const { count, names } = sheetPlanNames(sheet);
    const text = existing
      ? t`Updated “${sheetName}” with the break-fix terms and ${plural(count, { one: `one managed plan, ${names}`, other: `# managed plans, ${names}` })}.`
      : t`Saved “${sheetName}” with the break-fix terms and ${plural(count, { one: `one managed plan, ${names}`, other: `# managed plans, ${names}` })}.`;
    setMessage({ kind: note ? "error" : "done", text: sentences(text, note) });
  };

  const apply = () => {
    if (!selected) return;
    store.getState().applyPriceSheet(selected.name, sheetChange(selected));
    const sheetName = selected.name;
    const { count, names } = sheetPlanNames(selected);
    setMessage({
      kind: "done",
      text: t`Applied “${sheetName}”: the break-fix terms and ${plural(count, { one: `one managed plan, ${names}`, other: `# managed plans, ${names}` })}; the business inputs are unchanged.`,
      undo: () => {
        undoPreset();
        setMessage({ kind: "done", text: t`Went back to the terms before “${sheetName}”.` });
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
    const newName = cleanName(renaming);
    if (!newName) {
      setMessage({ kind: "error", text: t`A price sheet needs a name.` });
      return;
    }
    if (sheets.some((sheet) => sheet.id !== selected.id && sameName(sheet.name, newName))) {
      setMessage({ kind: "error", text: t`There is already a price sheet called “${newName}”. Choose another name.` });
      return;
    }
    const note = persist(sheets.map((sheet) => (sheet.id === selected.id ? { ...sheet, name: newName } : sheet)));
    setRenaming(null);
    const oldName = selected.name;
    setMessage({ kind: note ? "error" : "done", text: sentences(t`Renamed “${oldName}” to “${newName}”.`, note) });
  };

  const remove = () => {
    if (!selected) return;
    const index = sheets.indexOf(selected);
    const next = sheets.filter((sheet) => sheet.id !== selected.id);
    const note = persist(next);
    setSelectedId(next[Math.min(index, next.length - 1)]?.id ?? "");
    setRenaming(null);
    const sheetName = selected.name;
    setMessage({
      kind: note ? "error" : "done",
      text: sentences(t`Deleted “${sheetName}”.`, note),
      undo: () => {
        const restored = [...next.slice(0, index), selected, ...next.slice(index)];
        const undoNote = persist(restored);
        setSelectedId(selected.id);
        setMessage({ kind: undoNote ? "error" : "done", text: sentences(t`Restored “${sheetName}”.`, undoNote) });
      },
    });
  };

  const exportSheet = () => {
    if (!selected) return;
    const sheetName = selected.name;
    const fileName = sheetFileName(selected);
    downloadText(fileName, sheetFileText(selected), "application/json");
    setMessage({ kind: "done", text: t`Exported “${sheetName}” as ${fileName}.` });
  };

  const importFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = "";
    if (!file) return;
    const fileName = file.name;
    const refuse = (reason: string) => setMessage({ kind: "error", text: t`“${fileName}” was not imported: ${reason}. Nothing was changed.` });
    if (file.size > MAX_FILE_BYTES) {
      const kilobytes = formatNumber(Math.round(file.size / 1000));
      refuse(t({ message: `at ${kilobytes} kB it is far too large to be a price sheet`, comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }));
      return;
    }
    let text: string;
    try {
      text = await file.text();
    } catch {
      refuse(t({ message: "the file could not be read", comment: "Why a price-sheet file is refused, after: “file.json” was not imported:" }));
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
    const sheetName = sheet.name;
    const keys = parsed.missing.join(", ");
    const imported = t({ message: `Imported “${sheetName}”. Choose Apply to use its prices.`, comment: "Apply is the button that applies a price sheet" });
    const defaults = parsed.missing.length > 0 ? t`It did not name ${keys}, so those take the calculator's defaults.` : "";
    setMessage({ kind: note ? "error" : "done", text: sentences(imported, defaults, note) });
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
    const fileName = file.name;
    if (!result.ok) {
      const reason = result.message;
      setMessage({ kind: "error", text: t`“${fileName}” was not used as the logo: ${reason}.` });
      return;
    }
    const note = setSheetLogo(selected, result.logo);
    const sheetName = selected.name;
    setMessage({ kind: note ? "error" : "done", text: sentences(t`“${sheetName}” now has the logo from “${fileName}”.`, note) });
  };

  const removeLogo = () => {
    if (!selected) return;
    const note = setSheetLogo(selected, null);
    const sheetName = selected.name;
    setMessage({ kind: note ? "error" : "done", text: sentences(t`Removed the logo of “${sheetName}”.`, note) });
  };

  return (
    <section className="toolkit__card price-sheets" aria-labelledby={`${ids.list}-title`}>
      <h3 id={`${ids.list}-title`} className="toolkit__title">
        {t`Price sheets`}
      </h3>
      <p className="toolkit__lede">
        {t`Your break-fix terms and managed plans under a name, kept in this browser. Applying one changes only the terms and plans, never the prospect’s business inputs.`}
      </p>
      {storageNotice ? (
        <p className="toolkit__notice" role="alert">
          {storageNotice}
        </p>
      ) : null}
      <form className="toolkit__row" onSubmit={save}>
        <label htmlFor={ids.name} className="toolkit__label">
          {t({ message: "Name", comment: "The name a price sheet is saved under" })}
        </label>
        <input
          id={ids.name}
          className="toolkit__input"
          value={name}
          maxLength={MAX_NAME_LENGTH}
          autoComplete="off"
          placeholder={t`e.g. Standard 2026`}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button">
          {t`Save current terms`}
        </button>
      </form>
      {sheets.length > 0 ? (
        <div className="toolkit__row">
          <label htmlFor={ids.list} className="toolkit__label">
            {t({ message: "Saved", comment: "Label of the list of saved price sheets" })}
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
            {t({ message: "Apply", comment: "Button: apply the chosen price sheet's terms to the scenario" })}
          </button>
          {selected ? (
            <p id={ids.plans} className="muted price-sheets__plans">
              {holdsText(selected)}
            </p>
          ) : null}
        </div>
      ) : (
        <p className="muted">{t`No price sheets saved yet.`}</p>
      )}
      {selected && renaming === null ? (
        <div className="toolkit__actions">
          <button type="button" className="button" onClick={startRename}>
            {t`Rename`}
          </button>
          <button type="button" className="button" onClick={remove}>
            {t`Delete`}
          </button>
          <button type="button" className="button" onClick={exportSheet}>
            {t`Export to file`}
          </button>
        </div>
      ) : null}
      {selected && renaming !== null ? (
        <form className="toolkit__row" onSubmit={finishRename}>
          <label htmlFor={ids.rename} className="toolkit__label">
            {t`New name`}
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
            {t`Save name`}
          </button>
          <button type="button" className="button" onClick={() => setRenaming(null)}>
            {t`Cancel`}
          </button>
        </form>
      ) : null}
      {selected ? (
        <div className="toolkit__row price-sheets__logo">
          <label htmlFor={ids.logo} className="toolkit__label">
            {t`Logo`}
          </label>
          {selected.logo ? (
            <img className="price-sheets__logo-preview" src={selected.logo} alt={t`The logo of “${selectedName}”`} />
          ) : (
            <p className="muted price-sheets__logo-none">{t`None yet: PNG, JPEG or WebP up to ${logoLimit} KB, for the printout and presenter mode.`}</p>
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
              {t`Remove logo`}
            </button>
          ) : null}
        </div>
      ) : null}
      <div className="toolkit__actions">
        <input
          ref={fileInput}
          id={ids.file}
          aria-label={t`Price sheet file to import`}
          hidden
          type="file"
          accept="application/json,.json"
          onChange={(event) => void importFile(event)}
        />
        <button type="button" className="button" onClick={() => fileInput.current?.click()}>
          {t`Import from file…`}
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
