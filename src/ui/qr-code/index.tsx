/**
 * A QR code drawn on the device, offline, as SVG. The encoder (uqr) is loaded only when a QR
 * code is first shown, so it costs nothing on the first screen.
 */
import { useEffect, useState } from 'preact/hooks';

type Matrix = boolean[][];

/** The SVG path of the dark modules: one "M x y h1v1h-1z" square each. */
export function qrPath(matrix: Matrix): string {
  let d = '';
  matrix.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return d;
}

export async function encodeQr(value: string): Promise<Matrix> {
  const { encode } = await import('uqr');
  // Medium error correction survives a creased printout or a cracked phone screen.
  return encode(value, { ecc: 'M', border: 2 }).data;
}

export function QrCode({ value, label, size = 240 }: { value: string; label: string; size?: number }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  useEffect(() => {
    let live = true;
    void encodeQr(value).then((m) => live && setMatrix(m));
    return () => {
      live = false;
    };
  }, [value]);
  if (!matrix) return <svg class="qr-code pending" width={size} height={size} aria-busy="true" aria-label={label} role="img" />;
  const n = matrix.length;
  return (
    <svg class="qr-code" role="img" aria-label={label} viewBox={`0 0 ${n} ${n}`} width={size} height={size} shape-rendering="crispEdges">
      <rect width={n} height={n} fill="#fff" />
      <path d={qrPath(matrix)} fill="#000" />
    </svg>
  );
}
