// A writer of the classic study page (clinicaltrials.gov/ct2/show) as its copied text reads,
// from an API v2 protocol section: the shapes of the five seeds (pipe-closed table cells, the
// header's status on its own line, outcome lines `Title [ Time Frame: … ]Description`) and what
// real pages print that the seeds do not show (docs/reference/ctgov-rules.md §4.1, issue 13):
// Why Stopped in parentheses under the status, locations grouped by country without a site
// status, several interventions run together in one arm cell, bullets in outcome descriptions,
// all identifiers in one "Other Study ID Numbers" cell.
//
// This is test code on purpose: the canonical writer (convert/write.ts) writes what the parser
// reads by construction, so it cannot show what the parser gets wrong on real pages.
import { type ApiContact, type ApiIntervention, type ApiLocation, type ApiProtocolSection, modulesOf } from '../../server/src/convert/api';
import * as V from '../../server/src/vocabulary/ctgov-enums';
// Labels, masking, dates and Yes/No as the canonical writer prints them.
import { label, maskingText, yesNo } from '../../server/src/convert/write';
import { pageDate } from '../../server/src/model/values';
import { FULL, finish, interventionNamed, oneLine, type Page, type PageOptions, paragraphs } from './common';

const qualifier = (type: string | undefined) => (type === 'ACTUAL' ? 'Actual ' : type === 'ESTIMATED' || type === 'ANTICIPATED' ? 'Estimated ' : '');
const cell = (s: string) => s.replace(/\|/g, '/');

function ages(min: string | undefined, max: string | undefined, groups: readonly string[] | undefined): string {
  const std = (groups ?? []).map((g) => label(V.standardAge, g)).join(', ');
  const tail = std ? ` (${std})` : '';
  if (min && max) return `${min} to ${max}${tail}`;
  if (min) return `${min} and older${tail}`;
  if (max) return `up to ${max}${tail}`;
  return std || 'Child, Adult, Older Adult';
}

function contactRow(c: ApiContact): string {
  const phone = [c.phone, c.phoneExt ? `ext ${c.phoneExt}` : undefined].filter(Boolean).join(' ');
  return `Contact: ${cell(oneLine(c.name))} | ${cell(oneLine(phone))} | ${cell(oneLine(c.email))} |`;
}

/** How the page names the responsible party. */
export function responsibleText(p: ApiProtocolSection): string | undefined {
  const sp = p.sponsorCollaboratorsModule;
  const rp = sp?.responsibleParty;
  if (!rp) return undefined;
  if (rp.type === 'SPONSOR') return oneLine(sp?.leadSponsor?.name);
  if (rp.investigatorFullName) return [rp.investigatorFullName, rp.investigatorTitle, rp.investigatorAffiliation].filter(Boolean).map(oneLine).join(', ');
  if (rp.oldNameTitle) return [rp.oldNameTitle, rp.oldOrganization].filter(Boolean).map(oneLine).join(', ');
  return undefined;
}

/** An intervention in an arm cell: `Type: Name`, its description, `Other Name:` lines. */
function interventionText(i: ApiIntervention | undefined, named: string): string[] {
  if (!i) return [cell(oneLine(named))];
  const head = `${label(V.interventionType, i.type) ?? 'Other'}: ${cell(oneLine(i.name))}`;
  const desc = cell(oneLine(i.description));
  const others = (i.otherNames ?? []).map(oneLine);
  const other = others.length === 0 ? '' : others.length === 1 ? `Other Name: ${cell(others[0]!)}` : `Other Names: ${others.map(cell).join('; ')}`;
  return [head, [desc, other].filter(Boolean).join(' ')].filter(Boolean);
}

function armRow(p: ApiProtocolSection, a: NonNullable<NonNullable<ApiProtocolSection['armsInterventionsModule']>['armGroups']>[number], o: PageOptions): string[] {
  const type = label(V.armGroupType, a.type);
  const lines = [type ? `${type}: ${cell(oneLine(a.label))}` : cell(oneLine(a.label))];
  if (a.description) lines.push(cell(oneLine(a.description)));
  lines.push('|');
  const parts = (a.interventionNames ?? []).map((n) => interventionText(interventionNamed(p, n), n));
  if (parts.length === 0) return [...lines, '|'];
  // The page puts each intervention on its lines; its copy often runs the next one into the
  // previous one's description (seed 000, Cohort C).
  const body: string[] = [];
  parts.forEach((part, k) => {
    if (k === 0 || o.interventionsOnOwnLines || body.length === 0) body.push(...part);
    else body[body.length - 1] = `${body[body.length - 1]} ${part.join(' ')}`;
  });
  body[body.length - 1] = `${body[body.length - 1]} |`;
  return [...lines, ...body];
}

function locationLines(l: ApiLocation, o: PageOptions): string[] {
  const out: string[] = [];
  const status = o.siteStatus ? label(V.overallStatus, l.status) : undefined;
  // A site with no facility name has an empty first cell, which the copy drops.
  if (l.facility) out.push(status ? `${cell(oneLine(l.facility))} | ${status} |` : `${cell(oneLine(l.facility))} |`);
  const address = [l.city, l.state, l.country, l.zip].filter(Boolean).map(oneLine).join(', ');
  if (address) out.push(`${cell(address)} |`);
  for (const c of l.contacts ?? []) {
    if (c.role === 'PRINCIPAL_INVESTIGATOR' || c.role === 'SUB_INVESTIGATOR') out.push(`${label(V.officialRole, c.role)}: | ${cell(oneLine(c.name))} |`);
    else out.push(contactRow(c));
  }
  return out;
}

/** The classic page text of a protocol section. */
export function classicPage(p: ApiProtocolSection, o: PageOptions = FULL): Page {
  const { id, st, sp, d, di, arms, interventions, el, cl } = modulesOf(p);
  const interventional = d.studyType !== 'OBSERVATIONAL';
  const out: string[] = [];
  const heading = (t: string) => {
    if (o.headings) out.push('', t, 'Go to');
    else out.push('');
  };
  const row = (l: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== '') out.push(`${l}: | ${cell(oneLine(v))} |`);
  };

  // Header
  const acronym = oneLine(id.acronym);
  out.push(`${oneLine(id.briefTitle)}${acronym ? ` (${acronym})` : ''}`);
  out.push('![]() |');
  out.push('The safety and scientific validity of this study is the responsibility of the study sponsor and investigators. Listing a study does not mean it has been evaluated by the U.S. Federal Government. Read our disclaimer for details. |');
  if (id.nctId) out.push(`ClinicalTrials.gov Identifier: ${id.nctId} |`);
  if (st.overallStatus) {
    out.push('Recruitment Status :', label(V.overallStatus, st.overallStatus)!);
    if (st.whyStopped) out.push(`(${oneLine(st.whyStopped)})`);
    if (st.overallStatus === 'UNKNOWN' && st.statusVerifiedDate) {
      out.push(`Verified ${pageDate(st.statusVerifiedDate)} by ${oneLine(sp.leadSponsor?.name)}`);
      if (st.lastKnownStatus) out.push(`Recruitment status was: ${label(V.overallStatus, st.lastKnownStatus)}`);
    }
  }
  if (st.studyFirstPostDateStruct?.date) out.push(`First Posted : ${pageDate(st.studyFirstPostDateStruct.date)}`);
  if (st.resultsFirstPostDateStruct?.date) out.push(`Results First Posted : ${pageDate(st.resultsFirstPostDateStruct.date)}`);
  if (st.lastUpdatePostDateStruct?.date) out.push(`Last Update Posted : ${pageDate(st.lastUpdatePostDateStruct.date)}`);
  if (o.headings && sp.leadSponsor?.name) {
    out.push('Sponsor:', oneLine(sp.leadSponsor.name));
    if ((sp.collaborators ?? []).length > 0) out.push(sp.collaborators!.length > 1 ? 'Collaborators:' : 'Collaborator:', ...sp.collaborators!.map((c) => oneLine(c.name)));
    const rp = responsibleText(p);
    if (rp) out.push('Information provided by (Responsible Party):', rp);
  }
  out.push('|', '- Study Details', '- Tabular View', st.resultsFirstPostDateStruct ? '- Study Results' : '- No Results Posted', '- Disclaimer', '- How to Read a Study Record');

  // Study Description
  heading('Study Description');
  const summary = paragraphs(p.descriptionModule?.briefSummary);
  if (summary.length > 0) {
    if (o.headings) out.push('Brief Summary:');
    out.push(...summary);
  }
  const conditions = (p.conditionsModule?.conditions ?? []).map((c) => cell(oneLine(c)));
  const treatments = interventions.map((i) => `${label(V.interventionType, i.type) ?? 'Other'}: ${cell(oneLine(i.name))}`).join(' ');
  const phases = (d.phases ?? []).map((ph) => label(V.phase, ph)).join(' ');
  if (conditions.length > 0 || treatments) {
    const phaseCol = interventional && phases !== '';
    out.push(`Condition or disease | Intervention/treatment |${phaseCol ? ' Phase |' : ''}`, phaseCol ? '---|---|---|' : '---|---|');
    // The cell's line breaks are lost in the copy: the conditions run together (seed 000).
    out.push(`${conditions.join(' ')} | ${treatments} |${phaseCol ? ` ${phases} |` : ''}`);
  }
  const detailed = paragraphs(p.descriptionModule?.detailedDescription);
  if (detailed.length > 0) out.push('', 'Detailed Description:', ...detailed);

  // Study Design
  heading('Study Design');
  const typeLabel = d.studyType === 'INTERVENTIONAL' ? 'Interventional (Clinical Trial)' : d.studyType === 'OBSERVATIONAL' ? (d.patientRegistry ? 'Observational [Patient Registry]' : 'Observational') : label(V.studyType, d.studyType);
  if (typeLabel) out.push(`Study Type : | ${typeLabel} |`);
  if (d.enrollmentInfo?.count !== undefined) out.push(`${qualifier(d.enrollmentInfo.type)}Enrollment : | ${d.enrollmentInfo.count} participants |`);
  row('Allocation', label(V.allocation, di.allocation));
  row('Intervention Model', label(V.interventionModel, di.interventionModel));
  row('Intervention Model Description', di.interventionModelDescription);
  row('Masking', maskingText(di.maskingInfo));
  row('Masking Description', di.maskingInfo?.maskingDescription);
  row('Primary Purpose', label(V.primaryPurpose, di.primaryPurpose));
  row('Observational Model', label(V.observationalModel, di.observationalModel));
  row('Time Perspective', label(V.timePerspective, di.timePerspective));
  row('Target Follow-Up Duration', d.targetDuration);
  row('Biospecimen Retention', label(V.bioSpecRetention, d.bioSpec?.retention));
  row('Biospecimen Description', d.bioSpec?.description);
  row('Official Title', id.officialTitle);
  const date = (l: string, s: { date?: string; type?: string } | undefined) => {
    if (s?.date) out.push(`${qualifier(s.type)}${l} : | ${pageDate(s.date)} |`);
  };
  date('Study Start Date', st.startDateStruct);
  date('Primary Completion Date', st.primaryCompletionDateStruct);
  date('Study Completion Date', st.completionDateStruct);

  // Arms and Interventions
  if (arms.length > 0) {
    heading('Arms and Interventions');
    out.push(interventional ? 'Arm | Intervention/treatment |' : 'Group/Cohort | Intervention/treatment |', '---|---|');
    for (const a of arms) out.push(...armRow(p, a, o));
  }

  // Outcome Measures
  const groups = [
    ['Primary Outcome Measures :', p.outcomesModule?.primaryOutcomes],
    ['Secondary Outcome Measures :', p.outcomesModule?.secondaryOutcomes],
    ['Other Outcome Measures:', p.outcomesModule?.otherOutcomes],
  ] as const;
  if (groups.some(([, l]) => (l ?? []).length > 0)) {
    heading('Outcome Measures');
    for (const [title, list] of groups) {
      if (!list || list.length === 0) continue;
      if (o.outcomeHeadings) out.push(title);
      list.forEach((m) => {
        const desc = paragraphs(m.description).filter((l) => l !== '');
        const tf = m.timeFrame ? ` [ Time Frame: ${oneLine(m.timeFrame)} ]` : '';
        // The description follows the bracket on the same line; its bullets keep lines of their own.
        const [firstDesc, ...more] = desc;
        const inlineDesc = firstDesc && !/^\s*- /.test(firstDesc) ? firstDesc : undefined;
        out.push(`- ${oneLine(m.measure)}${tf}${inlineDesc ?? ''}`);
        out.push(...(inlineDesc ? more : desc).map((l) => (/^\s*- /.test(l) ? `  ${l.trimStart()}` : l)));
      });
    }
  }

  // Eligibility Criteria
  heading('Eligibility Criteria');
  out.push('Choosing to participate in a study is an important personal decision. Talk with your doctor and family members or friends about deciding to join a study. To learn more about this study, you or your doctor may contact the study research staff using the contacts provided below. For general information, Learn About Clinical Studies.');
  if (p.eligibilityModule) out.push(`Ages Eligible for Study: | ${ages(el.minimumAge, el.maximumAge, el.stdAges)} |`);
  if (el.sex) out.push(`Sexes Eligible for Study: | ${label(V.sex, el.sex)} |`);
  if (el.genderBased !== undefined) row('Gender Based', el.genderBased ? 'Yes' : 'No');
  if (el.healthyVolunteers !== undefined) out.push(`Accepts Healthy Volunteers: | ${el.healthyVolunteers ? 'Yes' : 'No'} |`);
  row('Sampling Method', label(V.samplingMethod, el.samplingMethod));
  if (el.studyPopulation) out.push('Study Population', ...paragraphs(el.studyPopulation).filter((l) => l !== ''));
  if (el.eligibilityCriteria) {
    // `Study Population` and `Criteria` are sub-headings of one kind: a copy keeps both or neither.
    if (o.headings || el.studyPopulation) out.push('Criteria');
    out.push(...paragraphs(el.eligibilityCriteria).filter((l) => l !== ''));
    out.push('The above information is not intended to contain all considerations relevant to the potential participation in a clinical trial.');
  }

  // Contacts and Locations
  heading('Contacts and Locations');
  out.push('To learn more about this study, you or your doctor may contact the study research staff using the contact information provided by the sponsor.');
  if (id.nctId) out.push(`Please refer to this study by its ClinicalTrials.gov identifier (NCT number): ${id.nctId}`);
  if (o.contacts && (cl.centralContacts ?? []).length > 0) {
    if (o.headings) out.push('Contacts', 'Layout table for location contacts');
    for (const c of cl.centralContacts ?? []) out.push(contactRow(c));
  }
  if (o.locations && (cl.locations ?? []).length > 0) {
    if (o.headings) out.push('Locations', 'Layout table for location information');
    let group = '';
    for (const l of cl.locations ?? []) {
      // Sites are grouped under their country (and U.S. state).
      const g = [l.country, l.state].filter(Boolean).map(oneLine).join(', ');
      if (g && g !== group) out.push(`${cell(g)} |`);
      group = g;
      out.push(...locationLines(l, o));
    }
  }
  if (o.headings && sp.leadSponsor?.name) {
    out.push('Sponsors and Collaborators', oneLine(sp.leadSponsor.name), ...(sp.collaborators ?? []).map((c) => oneLine(c.name)));
  }
  if ((cl.overallOfficials ?? []).length > 0) {
    if (o.headings) out.push('Investigators', 'Layout table for investigator information');
    for (const x of cl.overallOfficials ?? []) out.push(`${label(V.officialRole, x.role) ?? 'Study Director'}: | ${cell(oneLine(x.name))} | ${cell(oneLine(x.affiliation))} |`);
  }

  // More Information
  heading('More Information');
  row('Responsible Party', responsibleText(p));
  if (id.nctId) row('ClinicalTrials.gov Identifier', id.nctId);
  const ids = [
    oneLine(id.orgStudyIdInfo?.id),
    ...(id.secondaryIdInfos ?? []).map((s) => {
      const type = s.type ? label(V.secondaryIdType, s.type) : undefined;
      return `${oneLine(s.id)}${type ? ` ( ${type}${s.domain ? `: ${oneLine(s.domain)}` : ''} )` : ''}`;
    }),
  ].filter(Boolean);
  if (ids.length > 0) out.push('Other Study ID Numbers: |', `${cell(ids.join(' '))} |`);
  if (st.studyFirstPostDateStruct?.date) out.push(`First Posted: | ${pageDate(st.studyFirstPostDateStruct.date)} Key Record Dates |`);
  if (st.resultsFirstPostDateStruct?.date) row('Results First Posted', pageDate(st.resultsFirstPostDateStruct.date));
  if (st.lastUpdatePostDateStruct?.date) row('Last Update Posted', pageDate(st.lastUpdatePostDateStruct.date));
  if (st.statusVerifiedDate) row('Last Verified', pageDate(st.statusVerifiedDate));
  const ipd = p.ipdSharingStatementModule;
  if (ipd?.ipdSharing) {
    out.push('Individual Participant Data (IPD) Sharing Statement: | |');
    row('Plan to Share IPD', label(V.ipdSharing, ipd.ipdSharing));
    row('Plan Description', ipd.description);
    row('Access Criteria', ipd.accessCriteria);
    row('URL', ipd.url);
  }
  const ov = p.oversightModule;
  row('Studies a U.S. FDA-regulated Drug Product', yesNo(ov?.isFdaRegulatedDrug));
  row('Studies a U.S. FDA-regulated Device Product', yesNo(ov?.isFdaRegulatedDevice));
  row('Product Manufactured in and Exported from the U.S.', yesNo(ov?.isUsExport));
  const keywords = (p.conditionsModule?.keywords ?? []).map(oneLine);
  if (keywords.length > 0) row(`Keywords provided by ${oneLine(sp.leadSponsor?.name)}`, keywords.join(' '));
  return { text: finish(out, o), layout: 'classic', options: o };
}
