declare module 'subset-font' {
  /** Subsets a font (TTF/OTF/WOFF/WOFF2) to the given characters with harfbuzz (wasm). */
  export default function subsetFont(font: Buffer, text: string, options?: { targetFormat?: 'sfnt' | 'woff' | 'woff2'; preserveNameIds?: number[]; noHinting?: boolean }): Promise<Buffer>;
}
