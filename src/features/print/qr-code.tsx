/**
 * The link as a QR code, drawn as inline SVG (no image request, nothing for the content security
 * policy to refuse). Part of the leave-behind's chunk, loaded once the browser is idle. The
 * encoder is lean-qr's "nano" build (MIT, no dependencies, about 2 KB gzipped), which encodes the
 * byte and ASCII text a link is made of.
 */
import { useMemo } from "react";
import { correction, generate } from "lean-qr/nano";
import { t } from "@lingui/core/macro";

/** The quiet zone the QR standard asks for around the code, in modules. */
const QUIET_ZONE = 4;

/** One SVG path of every dark module, a horizontal run of them at a time. */
export function qrPath(text: string): { size: number; path: string } | null {
  let code;
  try {
    code = generate(text, { minCorrectionLevel: correction.M });
  } catch {
    // Longer than the largest QR code holds.
    return null;
  }
  const { size } = code;
  let path = "";
  for (let row = 0; row < size; row++) {
    let column = 0;
    while (column < size) {
      if (!code.get(column, row)) {
        column++;
        continue;
      }
      const start = column;
      while (column < size && code.get(column, row)) column++;
      path += `M${start} ${row}h${column - start}v1h${start - column}z`;
    }
  }
  return { size, path };
}

export function QrCode({ text, label }: { text: string; label: string }) {
  const code = useMemo(() => qrPath(text), [text]);
  if (!code) return <p className="qr__fallback">{t`The link is too long for a QR code; type it from the text.`}</p>;
  const extent = code.size + QUIET_ZONE * 2;
  return (
    <svg
      className="qr"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      role="img"
      aria-label={label}
      shapeRendering="crispEdges"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} fill="#fff" />
      <path d={code.path} fill="#000" />
    </svg>
  );
}
