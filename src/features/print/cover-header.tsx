/**
 * The top of the leave-behind's first page: the provider's logo and name, what the document is,
 * and the date it was printed. Print only (print.css).
 */
import { t } from "@lingui/core/macro";
import { pageIntlLocale } from "../../i18n/messages.ts";

export function CoverHeader({ brand, logo, date }: { brand: string; logo: string | null; date: Date }) {
  // In the page's language, as the sentence around it is.
  const day = date.toLocaleDateString(pageIntlLocale(), { year: "numeric", month: "long", day: "numeric" });
  return (
    <header className="leave-behind cover-header">
      {logo ? <img className="cover-header__logo" src={logo} alt={brand ? t`${brand} logo` : t`Logo`} /> : null}
      <div className="cover-header__text">
        {brand ? <p className="cover-header__brand">{t`Prepared by ${brand}`}</p> : null}
        <p className="cover-header__title">{t`IT support: managed flat fee or break-fix hourly?`}</p>
        <p className="cover-header__date">{t`Prepared on ${day}.`}</p>
      </div>
    </header>
  );
}
