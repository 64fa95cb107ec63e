// Field-level agreement between a source study and the export of its imported text: the fields
// issue 5 lists (identification, status and dates, sponsor, conditions, design, arms, interventions,
// outcomes, eligibility). Values are compared after collapsing whitespace; criteria text also
// ignores bullet markers, which the text form writes as its own.
import type { ApiDateStruct, ApiProtocolSection } from '../server/src/convert/api';

export type FieldValues = Record<string, string>;

// API v2 text is Markdown: `\>` and `>` are the same text, and the record's text shows the latter.
const unescape = (s: string) => s.replace(/\\([!-/:-@[-`{-~])/g, '$1');
const ws = (s: string | undefined) => unescape(s ?? '').replace(/\s+/g, ' ').trim();
const date = (d: ApiDateStruct | undefined) => (d?.date ? `${d.date} ${d.type ?? ''}`.trim() : '');
const criteria = (s: string | undefined) =>
  ws(
    unescape(s ?? '')
      .split('\n')
      .map((l) => l.replace(/^\s*(?:[*\-•·]|\d{1,2}[.)]|[a-z][.)])(?:\s+|$)/i, ''))
      .join(' '),
  );

/** The compared fields of a protocol section, flattened to `name → normalized value`. */
export function comparable(p: ApiProtocolSection): FieldValues {
  const id = p.identificationModule ?? {};
  const st = p.statusModule ?? {};
  const d = p.designModule ?? {};
  const di = d.designInfo ?? {};
  const el = p.eligibilityModule ?? {};
  const out: FieldValues = {
    'identification.nctId': ws(id.nctId),
    'identification.briefTitle': ws(id.briefTitle),
    'identification.officialTitle': ws(id.officialTitle),
    'identification.acronym': ws(id.acronym),
    'identification.orgStudyId': ws(id.orgStudyIdInfo?.id),
    'identification.secondaryIds': (id.secondaryIdInfos ?? []).map((s) => `${ws(s.id)} ${s.type ?? ''}`.trim()).join(' | '),
    'status.overallStatus': st.overallStatus ?? '',
    'status.whyStopped': ws(st.whyStopped),
    'status.startDate': date(st.startDateStruct),
    'status.primaryCompletionDate': date(st.primaryCompletionDateStruct),
    'status.completionDate': date(st.completionDateStruct),
    'status.statusVerifiedDate': st.statusVerifiedDate ?? '',
    'status.firstPosted': st.studyFirstPostDateStruct?.date ?? '',
    'status.lastUpdatePosted': st.lastUpdatePostDateStruct?.date ?? '',
    'sponsor.leadSponsor': ws(p.sponsorCollaboratorsModule?.leadSponsor?.name),
    'sponsor.collaborators': (p.sponsorCollaboratorsModule?.collaborators ?? []).map((c) => ws(c.name)).join(' | '),
    'sponsor.responsiblePartyType': p.sponsorCollaboratorsModule?.responsibleParty?.type ?? '',
    'conditions.conditions': (p.conditionsModule?.conditions ?? []).map(ws).join(' | '),
    'design.studyType': d.studyType ?? '',
    'design.phases': (d.phases ?? []).join(' '),
    'design.allocation': di.allocation ?? '',
    'design.interventionModel': di.interventionModel ?? '',
    'design.primaryPurpose': di.primaryPurpose ?? '',
    'design.observationalModel': di.observationalModel ?? '',
    'design.timePerspective': di.timePerspective ?? '',
    'design.masking': di.maskingInfo?.masking ?? '',
    'design.whoMasked': (di.maskingInfo?.whoMasked ?? []).join(' '),
    'design.enrollment': d.enrollmentInfo?.count !== undefined ? `${d.enrollmentInfo.count} ${d.enrollmentInfo.type ?? ''}`.trim() : '',
    'eligibility.criteria': criteria(el.eligibilityCriteria),
    'eligibility.minimumAge': ws(el.minimumAge),
    'eligibility.maximumAge': ws(el.maximumAge),
    'eligibility.sex': el.sex ?? '',
    'eligibility.healthyVolunteers': el.healthyVolunteers === undefined ? '' : String(el.healthyVolunteers),
    'contacts.officials': (p.contactsLocationsModule?.overallOfficials ?? []).map((o) => [o.role ?? '', ws(o.name), ws(o.affiliation)].join(' ').trim()).join(' | '),
  };
  const arms = p.armsInterventionsModule?.armGroups ?? [];
  out['arms.count'] = String(arms.length);
  arms.forEach((a, k) => {
    out[`arms[${k}].label`] = ws(a.label);
    out[`arms[${k}].type`] = a.type ?? '';
    out[`arms[${k}].description`] = ws(a.description);
    out[`arms[${k}].interventionNames`] = (a.interventionNames ?? []).map(ws).join(' | ');
  });
  const ivs = p.armsInterventionsModule?.interventions ?? [];
  out['interventions.count'] = String(ivs.length);
  ivs.forEach((i, k) => {
    out[`interventions[${k}].type`] = i.type ?? '';
    out[`interventions[${k}].name`] = ws(i.name);
    out[`interventions[${k}].description`] = ws(i.description);
    out[`interventions[${k}].armGroupLabels`] = (i.armGroupLabels ?? []).map(ws).sort().join(' | '); // a set: the links, not their order
    out[`interventions[${k}].otherNames`] = (i.otherNames ?? []).map(ws).join(' | ');
  });
  for (const g of ['primaryOutcomes', 'secondaryOutcomes', 'otherOutcomes'] as const) {
    const list = p.outcomesModule?.[g] ?? [];
    out[`${g}.count`] = String(list.length);
    list.forEach((o, k) => {
      out[`${g}[${k}].measure`] = ws(o.measure);
      out[`${g}[${k}].timeFrame`] = ws(o.timeFrame);
      out[`${g}[${k}].description`] = ws(o.description);
    });
  }
  return out;
}

/** The field family a compared name belongs to (`arms[3].label` → `arms.label`). */
export const family = (field: string) => field.replace(/\[\d+\]/g, '');

export interface Disagreement {
  readonly field: string;
  readonly source: string;
  readonly exported: string;
}

export function disagreements(source: ApiProtocolSection, exported: ApiProtocolSection): { compared: string[]; differ: Disagreement[] } {
  const a = comparable(source);
  const b = comparable(exported);
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  const differ = fields.filter((f) => (a[f] ?? '') !== (b[f] ?? '')).map((f) => ({ field: f, source: a[f] ?? '', exported: b[f] ?? '' }));
  return { compared: fields, differ };
}
