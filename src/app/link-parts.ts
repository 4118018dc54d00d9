/**
 * Parts of the page only some links ask for: the notice of a link's bad settings, and presenter
 * mode's bar (`present=1`). Each loads on its own, and start.tsx loads it before it applies such a
 * link, so the part is drawn with the link's figures instead of arriving after them and moving
 * the page. Presenter mode entered later (P, the button) loads its bar then.
 */
type UrlNoticeModule = typeof import("../features/share/url-notice.tsx");
type PresenterBarModule = typeof import("../features/presenter/presenter-bar.tsx");

let urlNotice: UrlNoticeModule | null = null;
let presenterBar: PresenterBarModule | null = null;

export async function loadUrlNotice(): Promise<UrlNoticeModule> {
  urlNotice ??= await import("../features/share/url-notice.tsx");
  return urlNotice;
}

export async function loadPresenterBar(): Promise<PresenterBarModule> {
  presenterBar ??= await import("../features/presenter/presenter-bar.tsx");
  return presenterBar;
}

/** The loaded modules, or null while they are not. */
export const loadedUrlNotice = (): UrlNoticeModule | null => urlNotice;
export const loadedPresenterBar = (): PresenterBarModule | null => presenterBar;
