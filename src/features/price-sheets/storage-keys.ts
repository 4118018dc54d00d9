/** Where price sheets are kept in the browser: apart from sheets.ts, so tests in Node can read them too. */
export const STORAGE_KEY = "it-support-calculator.price-sheets";
/** Where unreadable stored data is copied before it is first written over, so nothing is thrown away unseen. */
export const BACKUP_KEY = `${STORAGE_KEY}.unreadable`;
