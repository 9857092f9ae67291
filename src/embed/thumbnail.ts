/**
 * A chart layout as a gallery thumbnail: hidden from assistive technology (the chart's figure in
 * the details below carries its description) and with its ids prefixed, so the page that also
 * shows the full figure has no duplicate ids.
 */
export function thumbnailSvg(svg: string, prefix: string): string {
  return svg
    .replace(/<svg /, '<svg aria-hidden="true" focusable="false" ')
    .replace(/\sid="([^"]+)"/g, ` id="${prefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${prefix}-$1)`)
    .replace(/href="#([^"]+)"/g, `href="#${prefix}-$1"`);
}
