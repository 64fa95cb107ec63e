// The design figure: arms as boxes with their type, each linked to its interventions, the
// allocation and masking above them, and a timeline of the study dates against today. SVG built
// from the model; all text escaped (html.ts).

import type { DateValue, TrialRecord } from '../../model/types';
import { type Html, h } from './html';

const ARM_W = 220;
const GAP = 24;

const label = (e: { label?: string; raw: string } | undefined) => e?.label ?? e?.raw.trim();

/** Arms (left) linked to interventions (right). */
export function designFigure(r: TrialRecord): Html {
  const arms = r.arms;
  const interventions = r.interventions;
  const rows = Math.max(arms.length, interventions.length, 1);
  const design = [label(r.design.allocation), label(r.design.interventionModel), label(r.design.masking)].filter(Boolean).join(' · ');
  const enrolled = enrollment(r);
  // Names wrap instead of being cut, so two arms that differ late ("Cohort B metastatic pancreatic
  // …", "Cohort C Metastatic pancreatic …") stay told apart; every box is as tall as the tallest.
  const armNames = arms.map((a, k) => wrapLines(a.label?.value ?? `Arm ${k + 1}`));
  const ivNames = interventions.map((i, k) => wrapLines(i.name?.value ?? `Intervention ${k + 1}`));
  const boxH = BOX_TOP + Math.max(1, ...armNames.map((l) => l.length), ...ivNames.map((l) => l.length)) * LINE_H + 8;
  // The enrollment on a line of its own: with the design it would not fit the figure's width.
  const top = enrolled ? 66 : 48;
  const height = top + 8 + rows * (boxH + GAP);
  const width = ARM_W * 2 + 160;
  const y = (k: number) => top + k * (boxH + GAP);
  const names = (x: number, k: number, lines: readonly string[]) => lines.map((line, n) => h`<text x="${x}" y="${y(k) + BOX_TOP + n * LINE_H}" class="name">${line}</text>`);
  const boxes = arms.map((a, k) => {
    // The record gives planned participants per arm only when there is one arm: the enrollment.
    const type = `${label(a.type) ?? 'Arm'}${arms.length === 1 && r.design.enrollment?.count?.value !== undefined ? ` · n = ${r.design.enrollment.count.value}` : ''}`;
    const title = a.label?.value ?? `Arm ${k + 1}`;
    return h`<g class="arm" data-start="${a.range.start}" data-end="${a.range.end}"><rect x="8" y="${y(k)}" width="${ARM_W}" height="${boxH}" rx="6"/><text x="18" y="${y(k) + 22}" class="type">${type}</text>${names(18, k, armNames[k]!)}<title>${title}</title></g>`;
  });
  const ivs = interventions.map((i, k) => {
    const name = i.name?.value ?? `Intervention ${k + 1}`;
    return h`<g class="intervention" data-start="${i.range.start}" data-end="${i.range.end}"><rect x="${ARM_W + 152}" y="${y(k)}" width="${ARM_W}" height="${boxH}" rx="6"/><text x="${ARM_W + 162}" y="${y(k) + 22}" class="type">${label(i.type) ?? 'Intervention'}</text>${names(ARM_W + 162, k, ivNames[k]!)}<title>${name}</title></g>`;
  });
  const links = arms.flatMap((a, k) =>
    a.interventions.flatMap((ref) => (ref.intervention === undefined ? [] : [h`<line class="link" x1="${ARM_W + 8}" y1="${y(k) + boxH / 2}" x2="${ARM_W + 152}" y2="${y(ref.intervention) + boxH / 2}"/>`])),
  );
  return h`<svg class="design" role="img" aria-label="Study design: ${String(arms.length)} arms, ${String(interventions.length)} interventions" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="8" y="24" class="heading">${design || 'Design not stated'}</text>${enrolled ? h`<text x="8" y="44" class="enrollment">Enrollment: ${enrolled}</text>` : h``}${links}${boxes}${ivs}</svg>`;
}

/** Where a box's first name line sits below its top, and the height of a line. */
const BOX_TOP = 44;
const LINE_H = 16;
/** Characters of a 12px name that fit a box, generously; lines past the last are summed up with "…". */
const LINE_CHARS = 30;
const MAX_LINES = 4;

/** A name broken at spaces into lines that fit a box (a word longer than a line is cut). */
export function wrapLines(text: string, chars = LINE_CHARS, max = MAX_LINES): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/)) {
    const next = line === '' ? word : `${line} ${word}`;
    if (next.length <= chars) line = next;
    else {
      if (line !== '') lines.push(line);
      line = word.length > chars ? `${word.slice(0, chars - 1)}…` : word;
    }
  }
  if (line !== '') lines.push(line);
  if (lines.length <= max) return lines;
  const kept = lines.slice(0, max);
  kept[max - 1] = `${kept[max - 1]!.slice(0, chars - 1)}…`;
  return kept;
}

/** "94 participants (Estimated)", as the page states the enrollment. */
function enrollment(r: TrialRecord): string | undefined {
  const n = r.design.enrollment?.count?.value;
  if (n === undefined) return undefined;
  const type = label(r.design.enrollment?.type);
  return `${n} ${n === 1 ? 'participant' : 'participants'}${type ? ` (${type})` : ''}`;
}


interface Mark {
  readonly name: string;
  readonly date?: DateValue;
  readonly iso: string;
}

/** Study Start, Primary Completion, Study Completion and Last Verified against today, Estimated and Actual told apart. */
export function timeline(r: TrialRecord, today: string): Html {
  const s = r.status;
  const marks: Mark[] = [
    ['Study Start', s.startDate],
    ['Primary Completion', s.primaryCompletionDate],
    ['Study Completion', s.completionDate],
    ['Last Verified', s.lastVerified],
  ].flatMap(([name, date]) => {
    const d = date as DateValue | undefined;
    return d?.iso ? [{ name: name as string, date: d, iso: d.iso }] : [];
  });
  marks.push({ name: 'Today', iso: today });
  const time = (iso: string) => Date.parse(iso.length === 4 ? `${iso}-07-01` : iso.length === 7 ? `${iso}-15` : iso);
  const ts = marks.map((m) => time(m.iso));
  const [lo, hi] = [Math.min(...ts), Math.max(...ts)];
  const width = 640;
  const x = (t: number) => Math.round(40 + (hi === lo ? 0.5 : (t - lo) / (hi - lo)) * (width - 80));
  const drawn = marks.map((m, k) => {
    const estimated = m.date?.type?.code === 'ESTIMATED';
    // An Estimated date that has passed is overdue: it should be Actual by now, or moved.
    const overdue = estimated && m.iso < today;
    const cls = m.name === 'Today' ? 'today' : overdue ? 'overdue' : estimated ? 'estimated' : m.date?.type?.code === 'ACTUAL' ? 'actual' : 'untyped';
    const kind = m.name === 'Today' ? '' : overdue ? ' (Estimated, passed)' : estimated ? ' (Estimated)' : m.date?.type?.code === 'ACTUAL' ? ' (Actual)' : '';
    return { m, cls, text: `${m.name}: ${m.date?.raw.trim() ?? m.iso}${kind}`, cx: x(ts[k]!) };
  });
  const rows = labelRows(drawn.map((d) => ({ cx: d.cx, width: d.text.length * CHAR_W })), width);
  const above = Math.max(0, ...rows.filter((r) => r.side === 'above').map((r) => r.level + 1));
  const below = Math.max(0, ...rows.filter((r) => r.side === 'below').map((r) => r.level + 1));
  const axis = 12 + above * ROW_H + 8;
  const height = axis + 12 + below * ROW_H + 4;
  const ty = (row: LabelRow) => (row.side === 'above' ? axis - 12 - row.level * ROW_H : axis + 22 + row.level * ROW_H);
  // A label moved off its dot's first row keeps a leader line to the dot, drawn under every label.
  const leaders = drawn.map((d, k) => {
    const row = rows[k]!;
    return row.level > 0 ? h`<line class="leader" x1="${d.cx}" y1="${row.side === 'above' ? axis - 7 : axis + 7}" x2="${d.cx}" y2="${row.side === 'above' ? ty(row) + 3 : ty(row) - 12}"/>` : h``;
  });
  const items = drawn.map((d, k) => {
    const row = rows[k]!;
    return h`<g class="mark ${d.cls}"${d.m.date ? h` data-start="${d.m.date.range.start}" data-end="${d.m.date.range.end}"` : h``}><circle cx="${d.cx}" cy="${axis}" r="6"/><text x="${row.left}" y="${ty(row)}">${d.text}</text></g>`;
  });
  return h`<svg class="timeline" role="img" aria-label="Timeline of the study dates" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><line x1="20" y1="${axis}" x2="${width - 20}" y2="${axis}" class="axis"/>${leaders}${items}</svg>`;
}

/** The width of a character of a 12px label, generously: labels must not touch. */
const CHAR_W = 6.8;
const ROW_H = 18;

interface LabelRow {
  readonly side: 'above' | 'below';
  readonly level: number;
  /** The label's left edge: centred on its dot, kept inside the figure. */
  readonly left: number;
}

/**
 * Places each label in the first row (above the axis, then below, then further out) where it does
 * not overlap a label already placed, so dates close together stay readable. A label off the first
 * row is joined to its dot by a leader, drawn under the labels (their halo keeps the text clear).
 */
export function labelRows(labels: readonly { cx: number; width: number }[], width: number): LabelRow[] {
  const taken: { side: 'above' | 'below'; level: number; spans: [number, number][] }[] = [];
  const slot = (n: number) => ({ side: n % 2 === 0 ? ('above' as const) : ('below' as const), level: Math.floor(n / 2) });
  return labels.map((l) => {
    const left = Math.round(Math.max(4, Math.min(width - 4 - l.width, l.cx - l.width / 2)));
    const span: [number, number] = [left - 6, left + l.width + 6];
    for (let n = 0; ; n++) {
      const s = slot(n);
      let row = taken.find((t) => t.side === s.side && t.level === s.level);
      if (!row) taken.push((row = { ...s, spans: [] }));
      if (row.spans.every(([a, b]) => span[1] <= a || b <= span[0])) {
        row.spans.push(span);
        return { ...s, left };
      }
    }
  });
}
