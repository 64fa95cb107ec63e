// A new version of a long record is parsed again only around the edit. The parser offers a
// resume point before every structural line; a parse for reuse keeps them (checkpoints), and
// the next version's parse resumes at the last one the edit left intact and stops at the first
// one after the edit whose state matches the old parse's, taking the old tail moved by the
// edit's length. The result equals a full parse (test/unit/incremental.test.ts).

import { parse, RecordParser, type RawSection, type ResumePoint, sameSteering } from '../parser/parse';
import type { SyntaxTree } from '../parser/syntax';
import { partitionPoint } from '../text/lines';
import { intactLines, shiftedBlock, shiftedSection, textChange } from './shift';

/** What a tree keeps for reparsing its next version. */
interface ParseState {
  readonly layout: 'classic' | 'modern';
  /** The sections as parsed, before directives are placed in them. */
  readonly raw: readonly RawSection[];
  readonly checkpoints: readonly ResumePoint[];
  /** The lines this parse went through (the rest came from the previous version). */
  readonly parsed: { readonly from: number; readonly to: number };
  /**
   * Which version's text the tokens are cut from, by offset: from `from` to the next entry,
   * tokens are slices of `text`. Each holds a whole version in memory, so there are few.
   */
  readonly pins: readonly { readonly from: number; readonly text: string }[];
}

/** How many versions' texts a tree may keep alive through the tokens it reused. */
const MAX_PINNED = 6;

// Kept on the tree itself, not in a WeakMap: a WeakMap entry per parse made every garbage
// collection slower (measured: full parses 25% slower). Not enumerable, so invisible to
// JSON and to deep comparison.
const STATE = Symbol('parse state');
const states = {
  get: (tree: SyntaxTree): ParseState | undefined => (tree as { [STATE]?: ParseState })[STATE],
  set: (tree: SyntaxTree, state: ParseState): void => void Object.defineProperty(tree, STATE, { value: state }),
};

/** Which lines (directive lines aside) the parse that made `tree` went through, from and to (exclusive). */
export function parsedLines(tree: SyntaxTree): { readonly from: number; readonly to: number } | undefined {
  return states.get(tree)?.parsed;
}

/** How many versions' texts the tree's tokens are cut from (each is kept in memory by them). */
export function pinnedVersions(tree: SyntaxTree): number {
  return states.get(tree)?.pins.length ?? 1;
}

/**
 * Parses `text`. With `incremental`, the tree keeps what a reparse of the next version needs;
 * given such a tree as `previous`, only the lines around the edit are parsed again. Worth it for
 * long records only: a short one parses in a millisecond, and the kept state costs memory.
 * Never throws: a failed reparse falls back to a full parse, which itself never throws.
 */
export function parseVersion(text: string, previous?: SyntaxTree, options: { readonly incremental?: boolean } = {}): SyntaxTree {
  if (!options.incremental && !previous) return parse(text);
  const prior = previous && states.get(previous);
  try {
    return new Reparse(text, prior && { text: previous.text, state: prior }, options.incremental === true).run();
  } catch {
    return prior ? parseVersion(text, undefined, options) : parse(text);
  }
}

/** The previous version's parse, and where its unchanged tail starts. */
interface Reuse {
  readonly state: ParseState;
  /** Added to an offset of the old text past the change. */
  readonly delta: number;
  /** The first old checkpoint past the change (advanced as the new parse moves on). */
  next: number;
}

class Reparse {
  private readonly p: RecordParser;
  private readonly checkpoints: ResumePoint[] = [];
  private reuse: Reuse | undefined;
  /** Where parsing resumed (0: from the start), and the previous tree's pins before it. */
  private resumedAt = 0;
  private pinned: readonly { readonly from: number; readonly text: string }[] = [];

  constructor(
    private readonly text: string,
    previous: { readonly text: string; readonly state: ParseState } | undefined,
    /** Whether to keep checkpoints and state for the next version's reparse. */
    private readonly incremental: boolean,
  ) {
    this.p = new RecordParser(text);
    if (incremental) this.p.onStructural = (hi) => this.checkpoint(hi);
    if (previous && previous.state.layout === this.p.layout) this.resume(previous.text, previous.state);
  }

  /** Restores the state at the last checkpoint the edit left intact, and notes where the old tail starts. */
  private resume(prevText: string, state: ParseState): void {
    const change = textChange(prevText, this.text);
    const intact = intactLines(this.p.lines, change.start);
    const cps = state.checkpoints;
    // Checkpoints are in text order and `hi` never decreases: find the last with hi < intact.
    const lo = partitionPoint(cps.length, (k) => cps[k]!.hi < intact);
    const from = cps[lo - 1];
    if (from) {
      this.p.resume(state.raw, from);
      this.checkpoints.push(...cps.slice(0, lo - 1));
      this.resumedAt = from.offset;
      this.pinned = state.pins.filter((q) => q.from < from.offset);
    }
    let next = lo;
    while (next < cps.length && cps[next]!.offset < change.prevEnd) next++;
    this.reuse = { state, delta: change.nextEnd - change.prevEnd, next };
  }

  run(): SyntaxTree {
    const from = this.p.line;
    this.p.read();
    const pins = [...this.pinned, { from: this.resumedAt, text: this.text }];
    if (pins.length > MAX_PINNED) {
      // Cut the reused sections anew from this text, releasing the old versions.
      this.p.recut((s) => (s.start < this.resumedAt ? shiftedSection(s, 0, this.text) : s));
      pins.splice(0, pins.length, { from: 0, text: this.text });
    }
    const tree = this.p.tree();
    if (this.incremental) states.set(tree, { layout: this.p.layout, raw: this.p.raw, checkpoints: this.checkpoints, parsed: { from, to: this.p.line }, pins });
    return tree;
  }

  /** Records a checkpoint; true when the old parse's tail was taken from here and parsing is done. */
  private checkpoint(hi: number): boolean {
    const cp = this.p.point(hi);
    this.checkpoints.push(cp);
    const r = this.reuse;
    if (!r) return false;
    const cps = r.state.checkpoints;
    while (r.next < cps.length && cps[r.next]!.offset + r.delta < cp.offset) r.next++;
    const old = cps[r.next];
    if (!old || old.offset + r.delta !== cp.offset || !sameSteering(old, cp)) return false;
    this.splice(r, r.next, hi);
    return true;
  }

  /**
   * Takes the old parse from checkpoint `k` on (the same state before the same text), moved by
   * the edit's delta: the rest of the current section's blocks are added as if parsed, so its
   * bounds come out as a full parse makes them; later sections and checkpoints are copied.
   */
  private splice(r: Reuse, k: number, hi: number): void {
    const { state, delta } = r;
    const old = state.checkpoints[k]!;
    const lineDelta = this.p.line - old.line;
    const sectionDelta = this.p.raw.length - old.sections;
    const oldCur = state.raw[old.sections - 1]!;
    let j = k + 1;
    // The steering state is shared, not copied: checkpoints are never changed.
    const moved = (q: ResumePoint, bounds: Pick<ResumePoint, 'blocks' | 'start' | 'end' | 'hasContent'>): ResumePoint => ({
      ...q,
      line: q.line + lineDelta,
      offset: q.offset + delta,
      hi: Math.max(hi, q.hi + lineDelta),
      sections: q.sections + sectionDelta,
      ...bounds,
    });
    for (let b = old.blocks; b <= oldCur.blocks.length; b++) {
      // Checkpoints met before this block, in the current section: their bounds are the new section's.
      for (; j < state.checkpoints.length && state.checkpoints[j]!.sections === old.sections && state.checkpoints[j]!.blocks === b; j++) {
        this.checkpoints.push(moved(state.checkpoints[j]!, this.p.bounds()));
      }
      if (b < oldCur.blocks.length) this.p.append(shiftedBlock(oldCur.blocks[b]!, delta, this.text));
    }
    for (let s = old.sections; s < state.raw.length; s++) this.p.appendSection(shiftedSection(state.raw[s]!, delta, this.text));
    for (; j < state.checkpoints.length; j++) {
      const q = state.checkpoints[j]!;
      // In later sections: the old section's bounds, moved.
      this.checkpoints.push(moved(q, { blocks: q.blocks, start: q.start + delta, end: q.end + delta, hasContent: q.hasContent }));
    }
  }
}
