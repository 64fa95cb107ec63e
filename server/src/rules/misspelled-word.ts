import { proseInOrder } from '../model/traverse';
import type { TextValue, TrialRecord } from '../model/types';
import { detach } from '../text/detach';
import { editDistance } from '../vocabulary/distance';
import { type Dictionary, spellingDictionary } from '../vocabulary/spelling/dictionary';
import { isInflection, isKnown, type Near, nearWords } from '../vocabulary/spelling/speller';
import { wordHash } from '../vocabulary/spelling/wordSet';
import { byText } from './support/memo';
import { termSlips } from './support/termSlips';
import type { Finding, Rule } from './types';

// Real records are full of words no dictionary has: drug, gene and place names, product codes,
// Latin. A word is therefore flagged only on evidence that it is a slip:
// - the record itself spells a word one slip away ("basline" where "baseline" is written
//   elsewhere, "Pscyhoeducation" beside "psychoeducation"): a warning with a fix;
// - or, for a lower-case word, a dictionary word is one omitted, swapped or stray inner letter
//   away ("questionaire", "chornic", "assessement"): information. A changed letter alone is not
//   enough (Latin and technical variants: "chinense", "stabilometer"), nor is a stray last letter
//   (French forms: "metformine"), nor an s (inflections: "transcriptomic").
// Capitalised words are names until the record shows otherwise.

/** A word of a text that no dictionary knows, with offsets into that text. */
interface Unknown {
  readonly start: number;
  readonly end: number;
  /** Lower case, detached from the text. */
  readonly word: string;
  readonly capitalised: boolean;
  /** Written where a slip can be judged: prose, not a code, a URL or a name in capitals. */
  readonly checkable: boolean;
  /** Part of a hyphenated compound (visio-spatial, -omics): judged only on the record's evidence. */
  readonly compound: boolean;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
// Next to these a word is part of a code, a file name, an address or a URL (RP-56976, www.x.org, a_b).
const CODE_NEIGHBOUR = /[0-9_/\\@.&=#+~]/;
const LETTER = /\p{L}/u;

/** Calls `each(start, end)` for every word of the text: ASCII letters and apostrophes, closing quotes left out. */
function forEachWord(raw: string, each: (start: number, end: number, next: number) => void): void {
  const n = raw.length;
  let i = 0;
  while (i < n) {
    if (!isAsciiLetter(raw.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i++;
    while (i < n && (isAsciiLetter(raw.charCodeAt(i)) || raw.charCodeAt(i) === 39)) i++;
    let end = i;
    while (end > start && raw.charCodeAt(end - 1) === 39) end--; // a closing quote or plural possessive
    each(start, end, i);
  }
}

/** What one text contributes (the text alone decides it: kept per text). */
interface TextWords {
  /** Its words that no dictionary knows. */
  readonly unknown: readonly Unknown[];
  /** The hash (wordHash) of each word of four letters or more it uses: a dictionary neighbour of a checked word has four at least. */
  readonly used: Uint32Array;
}

function wordsIn(raw: string, dict: Dictionary, custom: ReadonlySet<string>): TextWords {
  const unknown: Unknown[] = [];
  const used: number[] = [];
  forEachWord(raw, (start, end, next) => {
    if (end - start >= 4) used.push(wordHash(raw, start, end));
    // The longest words of English have about 30 letters; a longer run is not a word (and its
    // one-slip neighbours would be millions of strings).
    if (end - start < 5 || end - start > 40 || dict.hasLowerCased(raw, start, end)) return;
    const token = raw.slice(start, end);
    const low = token.toLowerCase();
    if (isKnown(dict, low) || custom.has(low)) return;
    const before = raw[start - 1] ?? ' ';
    const after = raw[next] ?? ' ';
    const checkable = !CODE_NEIGHBOUR.test(before) && !/[0-9_/\\@&=#+~]/.test(after) && !LETTER.test(before) && !LETTER.test(after) && !/[A-Z]/.test(token.slice(1)) && !(before === '-' && /[A-Z0-9]/.test(raw[start - 2] ?? ''));
    const compound = before === '-' || (after === '-' && isAsciiLetter(raw.charCodeAt(next + 1)));
    unknown.push({ start, end, word: detach(low), capitalised: token[0] !== low[0], checkable, compound });
  });
  return { unknown, used: Uint32Array.from(used) };
}

// Dictionary neighbours depend on the word alone: kept for the process, with a cap.
const neighbours = new Map<string, readonly Near[]>();

function dictionaryNeighbours(dict: Dictionary, w: string): readonly Near[] {
  let near = neighbours.get(w);
  if (!near) {
    if (neighbours.size > 50_000) neighbours.clear();
    // A built form (psycho + education) is offered only for a swap: built from any slip, the
    // candidates are mostly nonsense (bi + specimen for "biospecimen").
    near = nearWords(w, (c, slip) => (dict.has(c) || (slip === 'transposition' && isKnown(dict, c))) && !isInflection(w, c));
    neighbours.set(w, near);
  }
  return near;
}

/**
 * A slip the dictionary alone makes plausible: a letter left out, two swapped, a stray inner
 * vowel (assessement, perecentage). A stray consonant is as often another word (bednet, discal,
 * chinense) and a stray last letter a French or German form (metformine, creatinin).
 */
function plausible(w: string, n: Near): boolean {
  if (n.slip === 'omission' || n.slip === 'transposition') return true;
  if (n.slip !== 'insertion' || n.word === w.slice(0, -1)) return false;
  let k = 0;
  while (k < n.word.length && n.word[k] === w[k]) k++;
  return 'aeiou'.includes(w[k]!);
}

/** One slip apart, first letter kept, and not an inflection: as nearWords would find them. */
const oneSlipApart = (w: string, c: string) => c !== w && c[0] === w[0] && Math.abs(c.length - w.length) <= 1 && !isInflection(w, c) && editDistance(w, c, 1) === 1;

/** Texts whose words are evidence of spelling but are not themselves checked (names, conditions). */
function evidenceTexts(r: TrialRecord): TextValue[] {
  const out: (TextValue | undefined)[] = [];
  for (const i of r.interventions) out.push(i.name, ...i.otherNames);
  out.push(...r.conditions.conditions, ...r.conditions.keywords);
  return out.filter((v): v is TextValue => v !== undefined);
}

/** Keeps the writer's capitalisation: Basline → Baseline. */
const matchCase = (model: string, word: string) => (model[0] !== model[0]!.toLowerCase() ? word[0]!.toUpperCase() + word.slice(1) : word);

const rule: Rule = {
  id: 'misspelled-word',
  title: 'A word is misspelled',
  severity: 'warning',
  tags: ['quality'],
  reference: ['Q13'],
  check(r, ctx) {
    const dict = spellingDictionary();
    if (!dict) return [];
    const customWords = ctx.customTerms.flatMap((t) => [t.term, ...t.expansion.split(/[\s-]+/)]).map((w) => w.toLowerCase());
    const custom = new Set(customWords);
    const kind = `misspelled-word ${customWords.join(' ')}`;
    const wordsOf = (v: TextValue) => byText(ctx, kind, v.raw, (raw) => wordsIn(raw, dict, custom));

    const checkedWords = proseInOrder(r).map((p) => ({ value: p.value, words: wordsOf(p.value) }));
    const checked = checkedWords.map((c) => ({ value: c.value, unknown: c.words.unknown }));
    const evidenceWords = evidenceTexts(r).map(wordsOf);
    const evidence = evidenceWords.map((w) => w.unknown);
    // Unknown words by how often the record writes them.
    const counts = new Map<string, number>();
    for (const list of [...checked.map((c) => c.unknown), ...evidence]) for (const u of list) counts.set(u.word, (counts.get(u.word) ?? 0) + 1);
    if (counts.size === 0) return [];
    // Every word the record uses, by hash: gathered only if a word has a dictionary neighbour to look for.
    let used: Set<number> | undefined;
    const inRecord = (w: string) => {
      if (!used) {
        used = new Set();
        for (const t of new Set([...checkedWords.map((c) => c.words), ...evidenceWords])) for (const h of t.used) used.add(h);
      }
      return used.has(wordHash(w));
    };

    // Unknown words the record writes more than once, as it may spell a word no dictionary has.
    const frequent = [...counts].filter(([c, k]) => k >= 2 && c.length >= 6);
    // Each distinct word is judged once per record.
    // A word the record gives as a name (an intervention's, a condition, a keyword) is that name.
    const names = new Set(evidence.flatMap((list) => list.map((u) => u.word)));
    const verdicts = new Map<string, { near: readonly Near[]; evidenced: boolean } | null>();
    const judge = (w: string) => {
      let v = verdicts.get(w);
      if (v !== undefined) return v;
      const own = counts.get(w) ?? 0;
      const dictNear = dictionaryNeighbours(dict, w);
      const written = names.has(w) ? [] : [...dictNear.filter((n) => inRecord(n.word)), ...frequent.filter(([c, k]) => k > own && oneSlipApart(w, c)).map(([c]): Near => ({ word: c, slip: 'substitution' }))];
      if (written.length > 0) v = { near: written.filter((n, k) => written.findIndex((m) => m.word === n.word) === k), evidenced: true };
      else {
        const likely = names.has(w) ? [] : dictNear.filter((n) => plausible(w, n));
        v = likely.length > 0 ? { near: likely, evidenced: false } : null;
      }
      verdicts.set(w, v);
      return v;
    };

    const out: Finding[] = [];
    for (const { value, unknown } of checked) {
      // A standard term's word is misspelled-term's to report, with the term named.
      let terms: Set<number> | undefined;
      for (const u of unknown) {
        if (!u.checkable) continue;
        const v = judge(u.word);
        if (!v) continue;
        // Without the record's evidence, a capitalised word is taken for a name unless two of its
        // letters are swapped in a long word (Pscyhoeducation; not Crary); a compound's part may
        // be a prefix or a Latin form.
        const near = v.evidenced ? v.near : v.near.filter((n) => !u.compound && (!u.capitalised || (n.slip === 'transposition' && u.word.length >= 7)));
        if (near.length === 0) continue;
        terms ??= new Set(termSlips(ctx, value.raw).map((t) => t.start));
        if (terms.has(u.start)) continue;
        const range = { start: value.range.start + u.start, end: value.range.start + u.end };
        const text = value.raw.slice(u.start, u.end);
        const options = near.slice(0, 3).map((n) => matchCase(text, n.word));
        const quoted = options.map((o) => `"${o}"`);
        const list = quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
        out.push({
          range,
          message: v.evidenced ? `"${text}" looks like a misspelling of ${list}, as the record writes it elsewhere.` : `"${text}" is in no dictionary; did you mean ${list}?`,
          ...(v.evidenced ? {} : { severity: 'information' as const }),
          // Safe for Fix All only when the record itself spells the one candidate right elsewhere.
          fixes: options.map((o, k) => ({ title: `Change to "${o}"`, edits: [{ start: range.start, end: range.end, newText: o }], ...(k === 0 && options.length === 1 ? { preferred: true, ...(v.evidenced ? { safe: true } : {}) } : {}) })),
        });
      }
    }
    return out;
  },
};
export default rule;
