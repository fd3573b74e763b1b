/**
 * The leaflet's one stylesheet. Logical properties only, so the same rules lay out Urdu right to
 * left; one column that fits 360 px. The script font, where one is given, is inlined as a data:
 * URL because a file opened from a chat has nowhere else to fetch it from.
 */
export interface LeafletFont {
  family: string;
  woff2: Uint8Array;
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode(...a 47 KB array) overflows the call stack on some phones.
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `note`: a CSS comment for whoever opens the file's source, e.g. why no font is inlined. */
export function leafletStyle(fontStack: string, font?: LeafletFont, note?: string): string {
  const face = font
    ? `@font-face{font-family:"${font.family}";src:url(data:font/woff2;base64,${base64(font.woff2)}) format("woff2");font-display:swap}`
    : '';
  const family = font ? `"${font.family}", ${fontStack}` : fontStack;
  return `${note ? `/* ${note.replace(/\*\//g, '')} */\n` : ''}${face}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-inline-size:40rem;padding:1rem;font:1rem/1.6 ${family};color:#1a1a1a;background:#fff;overflow-wrap:anywhere}
h1{font-size:1.4rem;line-height:1.3;margin-block:0 .5rem}
h2{font-size:1.15rem;margin-block:1.5rem .5rem;border-block-end:2px solid #0b5cad}
h3{font-size:1rem;margin-block:1rem .25rem}
ul,ol{padding-inline-start:1.25rem;margin-block:.25rem}
.lead{font-size:1.05rem}
.note{background:#fff4ce;padding:.5rem .75rem;border-inline-start:4px solid #b58100}
.signs li::marker{color:#b00020}
.service{border:1px solid #ccc;border-radius:.5rem;padding:.5rem .75rem;margin-block:.5rem}
.service p{margin-block:.25rem}
.contact{display:inline-block;margin-block:.25rem;margin-inline-end:.5rem;padding:.5rem .75rem;min-block-size:44px;border-radius:.4rem;background:#0b5cad;color:#fff;text-decoration:none;font-weight:600}
.contact.wa{background:#1d7a3a}
.app{display:block;text-align:center;margin-block:1.5rem;padding:.75rem;border:2px solid #0b5cad;border-radius:.5rem;color:#0b5cad;font-weight:600}
small,.meta{color:#555;font-size:.85rem}
.sources li{font-size:.85rem}
`;
}
