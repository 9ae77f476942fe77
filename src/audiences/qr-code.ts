// A QR code to the source link, as inline SVG (no image request, prints sharp at any
// size). `qrcode` computes the modules; we draw them as one path, with a text alternative.
import QRCode from 'qrcode';

export interface QrCode {
  /** Trusted SVG: built from the module grid and an escaped label only. */
  svg: string;
  url: string;
}

const escapeXml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function qrCodeFor(url: string): QrCode | null {
  if (!/^https?:\/\//i.test(url)) return null;
  let modules: QRCode.BitMatrix;
  try {
    ({ modules } = QRCode.create(url, { errorCorrectionLevel: 'M' }));
  } catch {
    // Longer than a QR code holds (about 2,300 bytes at level M): no code; the citation still prints the link.
    return null;
  }
  const size = modules.size;
  const quiet = 4; // the quiet zone scanners need around the code
  let path = '';
  for (let row = 0; row < size; row++)
    for (let column = 0; column < size; column++) if (modules.get(row, column)) path += `M${column + quiet} ${row + quiet}h1v1h-1z`;
  const box = size + quiet * 2;
  const label = escapeXml(`QR code linking to the source article: ${url}`);
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" width="28mm" height="28mm" role="img" aria-label="${label}" shape-rendering="crispEdges"><title>${label}</title><rect width="${box}" height="${box}" fill="#fff"/><path d="${path}" fill="#000"/></svg>`;
  return { svg, url };
}
