/**
 * A chart with a note for each width (the wide one speaks of dots, the narrow one of names) often ends
 * both the same way. Split off the sentences they end with in common, so a page shows them once after
 * the two width-specific openings (one of which is hidden): read without styles, or aloud, the note
 * says each thing once.
 */
export function splitNotes(wide: string, narrow: string): { wide: string; narrow: string; shared: string } {
  let k = 0;
  while (k < wide.length && k < narrow.length && wide[wide.length - 1 - k] === narrow[narrow.length - 1 - k]) k++;
  // The shared part starts at a sentence: just after ". " in both.
  for (let cut = k; cut > 0; cut--) {
    const a = wide.length - cut;
    const b = narrow.length - cut;
    if (wide.slice(a - 2, a) === '. ' && narrow.slice(b - 2, b) === '. ') {
      return { wide: wide.slice(0, a - 1), narrow: narrow.slice(0, b - 1), shared: wide.slice(a) };
    }
  }
  return { wide, narrow, shared: '' };
}
