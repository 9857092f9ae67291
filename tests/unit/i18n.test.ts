import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en.ts';
import { vi } from '../../src/i18n/vi.ts';

/** Every leaf of a strings object, as "a.b.c" -> text. */
function leaves(obj: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(obj as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else if (v && typeof v === 'object') for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}
// A translation may give a figure in full or in words ({abroadWorkers} or {abroadWorkersShort}): the same figure.
const slots = (t: string) => [...t.matchAll(/\{([a-zA-Z][\w:-]*)\}/g)].map((m) => m[1].replace(/Short$/, '')).sort();

describe('the two editions’ words', () => {
  const E = leaves(en);
  const V = leaves(vi);

  it('have exactly the same keys in English and Vietnamese', () => {
    expect([...V.keys()].filter((k) => !E.has(k))).toEqual([]);
    expect([...E.keys()].filter((k) => !V.has(k))).toEqual([]);
  });

  it('fill the same data slots in both languages', () => {
    const differ = [...E].filter(([k, t]) => V.has(k) && slots(t).join() !== slots(V.get(k)!).join()).map(([k]) => k);
    expect(differ).toEqual([]);
  });

  it('type no figures: digits reach the copy only through slots', () => {
    const typed = [...E, ...V].filter(([, t]) => /\d/.test(t.replace(/\{[^}]+\}/g, '').replace(/CC BY 4\.0|\bD3\b/g, ''))).map(([k, t]) => `${k}: ${t}`);
    expect(typed).toEqual([]);
  });

  it('store Vietnamese text in Unicode NFC', () => {
    expect([...V].filter(([, t]) => t !== t.normalize('NFC')).map(([k]) => k)).toEqual([]);
  });

  it('the check catches a key missing in one language', () => {
    const broken = leaves({ ...vi, meta: { ...vi.meta, title: undefined } });
    expect([...E.keys()].filter((k) => !broken.has(k))).toEqual(['meta.title']);
  });
});
