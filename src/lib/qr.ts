// QR codes for the lawyer's code (the summary) and the app's own address (#/share). lean-qr (ISO 18004, about
// 3.6 KB gzip with this use) is imported only here, and this module only through import() from the pages
// that show a code, so that it is its own chunk, fetched when a code is first shown: never on the first page.
import { correction, generate } from 'lean-qr';

/** The largest version the app accepts (FLOW.md §5: the lawyer's code fits version 10 at level M). */
export const MAX_VERSION = 10;
/** The quiet zone around the code, in modules (ISO 18004 asks for 4). */
export const QUIET_ZONE = 4;

export interface QrCode {
  /** Modules per side, without the quiet zone (version v has 17 + 4v). */
  size: number;
  version: number;
  /** One SVG path of every dark module, in module units, offset by the quiet zone. */
  path: string;
  /** The side of the whole picture, quiet zone included, in module units (the SVG's viewBox). */
  side: number;
}

/**
 * The QR code of `text` at error correction M exactly (never raised: the smallest code for the text), of
 * version 10 or lower. Throws when the text does not fit.
 */
export function makeQr(text: string): QrCode {
  const code = generate(text, { minCorrectionLevel: correction.M, maxCorrectionLevel: correction.M, maxVersion: MAX_VERSION });
  const { size } = code;
  let path = '';
  // One horizontal run of dark modules is one rectangle: "M x y h w v 1 h -w z".
  for (let y = 0; y < size; y++) {
    let x = 0;
    while (x < size) {
      if (!code.get(x, y)) {
        x++;
        continue;
      }
      const start = x;
      while (x < size && code.get(x, y)) x++;
      path += `M${start + QUIET_ZONE} ${y + QUIET_ZONE}h${x - start}v1h${start - x}z`;
    }
  }
  return { size, version: (size - 17) / 4, path, side: size + 2 * QUIET_ZONE };
}
