/** A value a template slot can take: a figure (rendered as <data>), a date (<time>), markup built by our code, or text. */
export type Slot = { value: number; text: string } | { date: string; text: string } | { html: string } | string;
export type Slots = Record<string, Slot>;

const SLOT = /\{([a-zA-Z][\w:-]*)\}/g;

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

function slotOf(template: string, name: string, slots: Slots): Slot {
  const slot = slots[name];
  if (slot === undefined) throw new Error(`copy refers to {${name}}, which no data provides (in: "${template.slice(0, 80)}")`);
  return slot;
}

/**
 * Fills a template with slots as HTML: figures become <data value="raw">formatted</data>, dates <time>,
 * text is escaped. An unknown slot stops the build, so a typo can never print "{name}".
 */
export function fillHtml(template: string, slots: Slots): string {
  let out = '';
  let last = 0;
  for (const m of template.matchAll(SLOT)) {
    out += escapeHtml(template.slice(last, m.index));
    const slot = slotOf(template, m[1], slots);
    if (typeof slot === 'string') out += escapeHtml(slot);
    else if ('html' in slot) out += slot.html;
    else if ('date' in slot) out += `<time datetime="${slot.date}">${escapeHtml(slot.text)}</time>`;
    else out += `<data value="${slot.value}">${escapeHtml(slot.text)}</data>`;
    last = m.index! + m[0].length;
  }
  return out + escapeHtml(template.slice(last));
}

/** Fills a template as plain text, for SVG labels, alt text, titles and attributes. */
export function fillText(template: string, slots: Slots): string {
  return template.replace(SLOT, (_, name: string) => {
    const slot = slotOf(template, name, slots);
    if (typeof slot === 'string') return slot;
    return 'html' in slot ? slot.html.replace(/<[^>]+>/g, '') : slot.text;
  });
}
