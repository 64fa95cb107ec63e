// No record text may look like an error (issue 30, point 10): every scope of the grammar, resolved
// in VS Code's six default themes (Light+, Dark+, Light Modern, Dark Modern, High Contrast Dark and
// Light), is a colour far from red. Light Modern once showed section headings (markup.heading) and
// time frames (string) dark red, easy to take for errors.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../../server/src/grammar';
import { FIXTURES } from '../helpers';

interface TokenRule {
  readonly scope?: string | string[];
  readonly settings?: { readonly foreground?: string };
}
interface Theme {
  readonly include?: string;
  readonly tokenColors?: TokenRule[];
}

const THEMES = ['light_plus', 'dark_plus', 'light_modern', 'dark_modern', 'hc_black', 'hc_light'];

/** A theme's token rules, its included themes' first. */
function rules(name: string): TokenRule[] {
  const t = JSON.parse(readFileSync(join(FIXTURES, 'themes', `${name}.json`), 'utf8')) as Theme;
  return [...(t.include ? rules(t.include.replace(/^\.\//, '').replace(/\.json$/, '')) : []), ...(t.tokenColors ?? [])];
}

/** The foreground a scope gets: the longest matching selector (dot-segment prefix), the later on a tie. */
function colourOf(list: readonly TokenRule[], scope: string): string | undefined {
  let best: string | undefined;
  let length = -1;
  for (const r of list) {
    const fg = r.settings?.foreground;
    if (!fg || r.scope === undefined) continue;
    for (const s of (Array.isArray(r.scope) ? r.scope : r.scope.split(',')).map((x) => x.trim())) {
      if (s.includes(' ')) continue;
      if ((scope === s || scope.startsWith(`${s}.`)) && s.length >= length) {
        best = fg;
        length = s.length;
      }
    }
  }
  return best;
}

/** Red or a red-leaning orange, saturated enough to read as an error. */
export function looksLikeError(hex: string): boolean {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number];
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  if (max === min) return false;
  const l = (max + min) / 2;
  const s = (max - min) / (l > 0.5 ? 2 - max - min : max + min);
  let h = max === r ? ((g - b) / (max - min)) * 60 : max === g ? (2 + (b - r) / (max - min)) * 60 : (4 + (r - g) / (max - min)) * 60;
  if (h < 0) h += 360;
  return s >= 0.35 && (h <= 25 || h >= 340);
}

/** Every scope name the grammar gives. */
function scopes(node: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(node)) node.forEach((n) => scopes(n, out));
  else if (node && typeof node === 'object') {
    for (const [k, v] of Object.entries(node)) {
      if ((k === 'name' || k === 'contentName') && typeof v === 'string' && v.endsWith('.trial-record')) out.add(v);
      else scopes(v, out);
    }
  }
  return out;
}

describe('grammar colours in the default themes', () => {
  it('the error colours of VS Code look like errors, and its blues and greens do not (the check itself)', () => {
    for (const red of ['#E51400', '#F14C4C', '#800000', '#a31515', '#ce9178', '#b5200d']) assert.ok(looksLikeError(red), red);
    for (const other of ['#0000ff', '#001080', '#098658', '#267f99', '#795E26', '#AF00DB', '#9CDCFE', '#6A9955', '#000080', '#808080']) assert.ok(!looksLikeError(other), other);
  });

  it('no scope of the grammar is coloured like an error in any of the six themes', () => {
    const names = [...scopes(grammar())];
    assert.ok(names.length > 20, `${names.length} scopes`);
    const red: string[] = [];
    for (const theme of THEMES) {
      const list = rules(theme);
      for (const scope of names) {
        const fg = colourOf(list, scope);
        if (fg && looksLikeError(fg)) red.push(`${theme}: ${scope} ${fg}`);
      }
    }
    assert.deepEqual(red, []);
  });
});
