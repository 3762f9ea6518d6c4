// QR codes drawn offline as one SVG path, so they print crisp at any size and stay vector in a PDF.
import { create } from 'qrcode';

export interface QrShape {
  /** modules per side, including the quiet zone */
  size: number;
  /** an SVG path of 1×1 squares, one sub-path per run of dark modules in a row */
  path: string;
}

/** Medium error correction survives a crease or a pin hole on a notice board. */
export function qrShape(text: string, quietZone = 4): QrShape {
  const { modules } = create(text, { errorCorrectionLevel: 'M' });
  const n = modules.size;
  const parts: string[] = [];
  for (let row = 0; row < n; row += 1) {
    let col = 0;
    while (col < n) {
      if (!modules.get(row, col)) {
        col += 1;
        continue;
      }
      const start = col;
      while (col < n && modules.get(row, col)) col += 1;
      parts.push(`M${start + quietZone} ${row + quietZone}h${col - start}v1h-${col - start}z`);
    }
  }
  return { size: n + quietZone * 2, path: parts.join('') };
}
