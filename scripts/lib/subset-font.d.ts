declare module 'subset-font' {
  /** harfbuzz's hb-subset: a font with only the glyphs `text` needs. */
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2' }): Promise<Uint8Array>;
}
