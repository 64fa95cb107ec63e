// The design figure: arms as boxes with their type, each linked to its interventions, the
// allocation and masking above them, and a timeline of the study dates against today. SVG built
// from the model; all text escaped (html.ts).

import type { DateValue, TrialRecord } from '../../model/types';
import { type Html, h } from './html';

const ARM_W = 220;
const ARM_H = 64;
const GAP = 24;

const label = (e: { label?: string; raw: string } | undefined) => e?.label ?? e?.raw.trim();

/** Arms (left) linked to interventions (right). */
export function designFigure(r: TrialRecord): Html {
  const arms = r.arms;
  const interventions = r.interventions;
  const rows = Math.max(arms.length, interventions.length, 1);
  const height = 56 + rows * (ARM_H + GAP);
  const width = ARM_W * 2 + 160;
  const y = (k: number) => 48 + k * (ARM_H + GAP);
  const design = [label(r.design.allocation), label(r.design.interventionModel), label(r.design.masking)].filter(Boolean).join(' · ');
  const boxes = arms.map((a, k) => {
    const type = label(a.type) ?? 'Arm';
    const title = a.label?.value ?? `Arm ${k + 1}`;
    return h`<g class="arm" data-start="${a.range.start}" data-end="${a.range.end}"><rect x="8" y="${y(k)}" width="${ARM_W}" height="${ARM_H}" rx="6"/><text x="18" y="${y(k) + 22}" class="type">${type}</text><text x="18" y="${y(k) + 44}" class="name">${clipText(title, 30)}</text><title>${title}</title></g>`;
  });
  const ivs = interventions.map((i, k) => {
    const name = i.name?.value ?? `Intervention ${k + 1}`;
    return h`<g class="intervention" data-start="${i.range.start}" data-end="${i.range.end}"><rect x="${ARM_W + 152}" y="${y(k)}" width="${ARM_W}" height="${ARM_H}" rx="6"/><text x="${ARM_W + 162}" y="${y(k) + 22}" class="type">${label(i.type) ?? 'Intervention'}</text><text x="${ARM_W + 162}" y="${y(k) + 44}" class="name">${clipText(name, 30)}</text><title>${name}</title></g>`;
  });
  const links = arms.flatMap((a, k) =>
    a.interventions.flatMap((ref) => (ref.intervention === undefined ? [] : [h`<line class="link" x1="${ARM_W + 8}" y1="${y(k) + ARM_H / 2}" x2="${ARM_W + 152}" y2="${y(ref.intervention) + ARM_H / 2}"/>`])),
  );
  return h`<svg class="design" role="img" aria-label="Study design: ${String(arms.length)} arms, ${String(interventions.length)} interventions" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}"><text x="8" y="24" class="heading">${design || 'Design not stated'}</text>${links}${boxes}${ivs}</svg>`;
}

const clipText = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

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
  const items = marks.map((m, k) => {
    const estimated = m.date?.type?.code === 'ESTIMATED';
    // An Estimated date that has passed is overdue: it should be Actual by now, or moved.
    const overdue = estimated && m.iso < today;
    const cls = m.name === 'Today' ? 'today' : overdue ? 'overdue' : estimated ? 'estimated' : m.date?.type?.code === 'ACTUAL' ? 'actual' : 'untyped';
    const kind = m.name === 'Today' ? '' : overdue ? ' (Estimated, passed)' : estimated ? ' (Estimated)' : m.date?.type?.code === 'ACTUAL' ? ' (Actual)' : '';
    const cx = x(ts[k]!);
    const ty = k % 2 === 0 ? 22 : 70;
    return h`<g class="mark ${cls}"${m.date ? h` data-start="${m.date.range.start}" data-end="${m.date.range.end}"` : h``}><circle cx="${cx}" cy="46" r="6"/><text x="${cx}" y="${ty}" text-anchor="middle">${m.name}: ${m.date?.raw.trim() ?? m.iso}${kind}</text></g>`;
  });
  return h`<svg class="timeline" role="img" aria-label="Timeline of the study dates" viewBox="0 0 ${width} 84" width="${width}" height="84"><line x1="20" y1="46" x2="${width - 20}" y2="46" class="axis"/>${items}</svg>`;
}
