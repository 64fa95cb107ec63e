// The shape shared by the presence rules (ctgov-rules.md §3.1): a required element, when it
// applies, where it is reported, and the template its fix inserts.

import type { TrialRecord } from '../../model/types';
import type { FieldKey } from '../../vocabulary/elements';
import { type Place, placeOfField, placeOfInsert } from './placement';
import type { Analysis } from '../../analysis/analyze';
import type { Finding, Fix, Rule, RuleContext, RuleTag, Severity } from '../types';

interface RequiredBase {
  readonly id: string;
  readonly title: string;
  /** The element's name as ClinicalTrials.gov writes it. */
  readonly element: string;
  /** Its definition, quoted in the message so the user knows what to write. */
  readonly definition: string;
  readonly reference: readonly string[];
  readonly severity?: Severity;
  readonly tags?: readonly RuleTag[];
  readonly present: (r: TrialRecord) => boolean;
  /** When the element is required; always when absent. Returns the reason, quoted in the message. */
  readonly requiredWhen?: (r: TrialRecord, ctx: RuleContext) => string | false;
}

/** A required element's fix, which also says where the finding is reported. */
export type RequiredElement = RequiredBase &
  (
    | {
        /** The field whose template the fix inserts. */
        readonly insert: FieldKey;
        readonly fix?: never;
      }
    | {
        /** A fix of its own, where no field template fits (the title line); reported where it inserts. */
        readonly fix: (a: Analysis) => Fix;
        readonly insert?: never;
      }
  );

export function requiredElement(e: RequiredElement): Rule {
  return {
    id: e.id,
    title: e.title,
    severity: e.severity ?? 'error',
    tags: e.tags ?? ['presence'],
    reference: e.reference,
    check(r: TrialRecord, ctx: RuleContext): Finding[] {
      if (e.present(r)) return [];
      const why = e.requiredWhen ? e.requiredWhen(r, ctx) : 'ClinicalTrials.gov requires it';
      if (why === false) return [];
      const a = ctx.analysis;
      let place: Place;
      let fix: Fix;
      if (e.insert !== undefined) {
        const field = placeOfField(a, e.insert);
        place = field;
        fix = { title: `Insert ${e.element}`, edits: [field.edit], preferred: true };
      } else {
        fix = e.fix(a);
        place = placeOfInsert(a, fix.edits[0]!);
      }
      return [{ range: place.range, message: `${e.element} is missing: ${why}. ${e.definition} ${place.where}`, fixes: [fix] }];
    },
  };
}

/** `*§` elements: required when the study started on or after 18 January 2017 (P2). */
export function since2017(r: TrialRecord): string | false {
  const start = r.status.startDate?.iso;
  if (start && start < '2017-01-18') return false;
  return start ? `it is required for studies that start on or after January 18, 2017 (this one starts ${start})` : 'it is required for studies that start on or after January 18, 2017';
}

export const isInterventional = (r: TrialRecord): boolean => r.design.studyType?.code === 'INTERVENTIONAL';
export const isObservational = (r: TrialRecord): boolean => r.design.studyType?.code === 'OBSERVATIONAL';
