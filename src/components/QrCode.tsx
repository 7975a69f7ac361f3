import { useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import type { QrCode as Qr } from '../lib/qr';

/** The QR library, in its own chunk: fetched when a code is first shown (never with the first page). */
const loadQr = () => import('../lib/qr');

export interface QrCodeProps {
  /** The element's id ('lawyer-code', 'share-code'). */
  id: string;
  /** The text the code holds, also carried in data-url. */
  url: string;
  /** The picture's accessible name. */
  label: string;
  /** Shown instead when the code cannot be made (the text does not fit version 10). */
  failed: ReactNode;
  className?: string;
}

/**
 * A QR code as one SVG path (black modules on white, a 4-module quiet zone), in an element carrying the
 * text in data-url and the picture's side in modules, quiet zone included (data-modules, and the CSS variable
 * --qr-modules by which print CSS sizes the code). Empty while the library loads.
 */
export function QrCode({ id, url, label, failed, className }: QrCodeProps) {
  const [made, setMade] = useState<{ url: string; code: Qr | null } | null>(null);
  useEffect(() => {
    let cancelled = false;
    loadQr().then(
      ({ makeQr }) => {
        let code: Qr | null;
        try {
          code = makeQr(url);
        } catch {
          code = null;
        }
        if (!cancelled) setMade({ url, code });
      },
      () => {
        if (!cancelled) setMade({ url, code: null });
      },
    );
    return () => {
      cancelled = true;
    };
  }, [url]);
  const code = made?.url === url ? made.code : undefined;
  const style = code ? ({ '--qr-modules': code.side } as CSSProperties) : undefined;
  return (
    <div id={id} className={`qr-code${className ? ` ${className}` : ''}`} data-url={url} data-modules={code?.side} style={style}>
      {code === null ? (
        <p className="error-message">{failed}</p>
      ) : code ? (
        <svg className="qr-code__svg" xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${code.side} ${code.side}`} role="img" aria-label={label} shapeRendering="crispEdges">
          <rect width={code.side} height={code.side} fill="#fff" />
          <path d={code.path} fill="#000" />
        </svg>
      ) : null}
    </div>
  );
}
