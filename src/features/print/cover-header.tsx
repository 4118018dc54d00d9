/**
 * The top of the leave-behind's first page: the provider's logo and name, what the document is,
 * and the date it was printed. Print only (print.css).
 */
export function CoverHeader({ brand, logo, date }: { brand: string; logo: string | null; date: Date }) {
  const day = date.toLocaleDateString(undefined, { year: "numeric", month: "long", day: "numeric" });
  return (
    <header className="leave-behind cover-header">
      {logo ? <img className="cover-header__logo" src={logo} alt={brand ? `${brand} logo` : "Logo"} /> : null}
      <div className="cover-header__text">
        {brand ? <p className="cover-header__brand">Prepared by {brand}</p> : null}
        <p className="cover-header__title">IT support: managed flat fee or break-fix hourly?</p>
        <p className="cover-header__date">Prepared on {day}.</p>
      </div>
    </header>
  );
}
