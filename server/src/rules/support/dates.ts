// Date arithmetic on the partial ISO dates of the model (yyyy, yyyy-MM, yyyy-MM-dd).
import type { DateValue, EnumValue, TrialRecord } from '../../model/types';
import { pageDate } from '../../model/values';
import { overallStatus } from '../../vocabulary/ctgov-enums';
import type { Edit, Fix } from '../types';

/** The first and last day a partial date can mean. */
export function dateBounds(iso: string): { first: string; last: string } {
  const [y, m, d] = iso.split('-');
  if (d) return { first: iso, last: iso };
  if (m) {
    const lastDay = new Date(Date.UTC(Number(y), Number(m), 0)).getUTCDate();
    return { first: `${y}-${m}-01`, last: `${y}-${m}-${String(lastDay).padStart(2, '0')}` };
  }
  return { first: `${y}-01-01`, last: `${y}-12-31` };
}

/** `iso` plus a number of months (day clamped to the month's length). */
export function addMonths(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d ?? 1, lastDay)).padStart(2, '0')}`;
}

/** Entirely before `today` (every day it can mean has passed). */
export const isPast = (iso: string, today: string): boolean => dateBounds(iso).last < today;
/** Entirely after `today`. */
export const isFuture = (iso: string, today: string): boolean => dateBounds(iso).first > today;

/** Statuses in which the study is still going on (ctgov-rules.md §2.1, T1). */
export const OPEN_STATUSES = new Set(['NOT_YET_RECRUITING', 'RECRUITING', 'ENROLLING_BY_INVITATION', 'ACTIVE_NOT_RECRUITING', 'SUSPENDED', 'AVAILABLE', 'TEMPORARILY_NOT_AVAILABLE']);

/** The three study dates by their names, in page order. */
export function studyDates(r: TrialRecord): readonly [string, DateValue | undefined][] {
  const s = r.status;
  return [
    ['Study Start Date', s.startDate],
    ['Primary Completion Date', s.primaryCompletionDate],
    ['Study Completion Date', s.completionDate],
  ];
}

/** The type word of a date rewritten (`Estimated` → `Actual`), in the case the record writes it. */
export function typeEdit(d: DateValue, word: 'Actual' | 'Estimated'): Edit {
  const t = d.type!;
  return { start: t.range.start, end: t.range.end, newText: t.raw === t.raw.toUpperCase() ? word.toUpperCase() : word };
}

/** Today's month, written as `like` is written (`2026-12` for an ISO date, else `December 2026`). */
export function thisMonthAs(like: DateValue, today: string): string {
  const month = today.slice(0, 7);
  return /^\d{4}-\d{2}/.test(like.raw.trim()) ? month : pageDate(month)!;
}

/** A status rewritten as the record writes statuses: the API code, or the display label. */
export function statusEdit(status: EnumValue, code: string): Edit {
  const term = overallStatus.terms.find((t) => t.code === code)!;
  return { start: status.range.start, end: status.range.end, newText: status.writtenAs === 'code' ? term.code : term.label };
}

/** The fix of a stale verification: Last Verified set to this month, once the user has verified the record. */
export function verifiedNow(verified: DateValue, today: string): Fix {
  const month = thisMonthAs(verified, today);
  return { title: `Set Last Verified to ${month} (the record has been reviewed)`, edits: [{ start: verified.range.start, end: verified.range.end, newText: month }] };
}
