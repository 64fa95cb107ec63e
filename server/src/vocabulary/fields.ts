// The data elements as completion and hover document them: the documented rows of the element
// table (vocabulary/elements.ts), in its canonical order.

import { type FieldKey, FIELD_ELEMENTS, type FieldElement, homeOf, labelOf, type SectionId } from './elements';
import type { EnumVocabulary } from './types';

export interface FieldInfo {
  readonly key: FieldKey;
  /** The label the canonical form writes, e.g. `Study Type`. */
  readonly label: string;
  readonly form: 'row' | 'inline' | 'block';
  readonly section: SectionId;
  readonly definition: string;
  readonly requirement: string;
  /** The limit as a reader is told it: `5,000 characters`, `160 characters each`, `NCT + 8 digits`. */
  readonly limit?: string;
  readonly vocabulary?: EnumVocabulary;
  readonly source: string;
  /** The study type it belongs to (API code), when it is not for every study. */
  readonly studyType?: 'INTERVENTIONAL' | 'OBSERVATIONAL';
}

const limitText = (e: FieldElement): string | undefined =>
  e.limitNote ?? (e.limit === undefined ? undefined : `${e.limit.toLocaleString('en-US')} characters${e.each ? ' each' : ''}`);

function info(e: FieldElement): FieldInfo[] {
  if (!e.definition || !e.requirement || !e.source || !e.form) return [];
  const limit = limitText(e);
  return [{ key: e.key, label: labelOf(e), form: e.form, section: homeOf(e), definition: e.definition, requirement: e.requirement, ...(limit ? { limit } : {}), ...(e.vocabulary ? { vocabulary: e.vocabulary } : {}), source: e.source, ...(e.studyType ? { studyType: e.studyType } : {}) }];
}

export const FIELDS: readonly FieldInfo[] = FIELD_ELEMENTS.flatMap(info);

const byKey = new Map(FIELDS.map((f) => [f.key, f]));
export const fieldInfo = (key: FieldKey): FieldInfo | undefined => byKey.get(key);
