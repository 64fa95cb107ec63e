// A writer of the newer page layout (seed 003) from an API v2 protocol section: a heading, a
// helper sentence, then values as the API codes them, each on its own paragraph; free text as
// the API's Markdown (escapes kept, as seed 003 shows). Parts seed 003 does not show are written
// in its manner (label paragraph, value paragraph); outcome measures as the current site's table
// (docs/reference/ctgov-rules.md §4.2).
import { type ApiProtocolSection, modulesOf } from '../../server/src/convert/api';
import { yesNo } from '../../server/src/convert/write';
import { FULL, finish, interventionNamed, type Page, type PageOptions } from './common';

const md = (s: string | undefined): string[] => (s ?? '').replace(/\r\n?/g, '\n').split('\n').map((l) => l.replace(/\s+$/, ''));
const flat = (s: string | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

export function modernPage(p: ApiProtocolSection, o: PageOptions = FULL): Page {
  const { id, st, sp, d, di, arms, interventions, el, cl } = modulesOf(p);
  const out: string[] = [];
  const para = (...lines: string[]) => out.push(...lines, '');
  const heading = (t: string, helper: string) => {
    para(t);
    if (o.headings) para(helper);
  };
  const value = (l: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== '') para(l, '', flat(v));
  };
  const text = (l: string, v: string | undefined) => {
    if (v !== undefined && v.trim() !== '') para(l, '', ...md(v.trim()));
  };

  para(flat(id.briefTitle));
  if (id.nctId) para(`NCT ID: ${id.nctId}`);
  if (st.lastUpdatePostDateStruct?.date) para(`Last Updated: ${st.lastUpdatePostDateStruct.date}`);
  para('Study Results');
  if (!st.resultsFirstPostDateStruct) para('Results pending', 'The study team has not published outcome measurements, participant flow, or safety data for this trial yet. Check back later for updates.');

  heading('Basic Information', 'Get a concise snapshot of the trial, including recruitment status, study phase, enrollment targets, and key timeline milestones.');
  value('Recruitment Status', st.overallStatus);
  value('Why Stopped', st.whyStopped);
  value('Clinical Phase', (d.phases ?? []).join('/'));
  if (d.enrollmentInfo?.count !== undefined) para('Total Enrollment', '', `${d.enrollmentInfo.count} participants`);
  value('Study Classification', d.studyType);
  value('Study Start Date', st.startDateStruct?.date);
  value('Primary Completion Date', st.primaryCompletionDateStruct?.date);
  value('Study Completion Date', st.completionDateStruct?.date);
  value('Official Title', id.officialTitle);
  value('Acronym', id.acronym);

  if (p.descriptionModule?.briefSummary) {
    heading('Brief Summary', 'Review the sponsor-provided synopsis that highlights what the study is about and why it is being conducted.');
    para(...md(p.descriptionModule.briefSummary.trim()));
  }
  if (p.descriptionModule?.detailedDescription) {
    heading('Detailed Description', 'Dive into the extended narrative that explains the scientific background, objectives, and procedures in greater depth.');
    para(...md(p.descriptionModule.detailedDescription.trim()));
  }
  if ((p.conditionsModule?.conditions ?? []).length > 0) {
    heading('Conditions', 'See the medical conditions and disease areas that this research is targeting or investigating.');
    para(p.conditionsModule!.conditions!.map(flat).join(' '));
  }
  if ((p.conditionsModule?.keywords ?? []).length > 0) value('Keywords', p.conditionsModule!.keywords!.join(', '));

  heading('Study Design', 'Understand how the trial is structured, including allocation methods, masking strategies, primary purpose, and other design elements.');
  value('Allocation Method', di.allocation);
  value('Intervention Model', di.interventionModel);
  if (di.interventionModelDescription) para(...md(di.interventionModelDescription.trim()));
  value('Primary Study Purpose', di.primaryPurpose);
  if (di.maskingInfo?.masking) {
    const who = di.maskingInfo.whoMasked ?? [];
    para('Blinding Strategy', '', who.length > 0 ? `${di.maskingInfo.masking} (${who.join(', ')})` : di.maskingInfo.masking);
    if (di.maskingInfo.maskingDescription) para(...md(di.maskingInfo.maskingDescription.trim()));
  }
  value('Observational Model', di.observationalModel);
  value('Time Perspective', di.timePerspective);
  value('Biospecimen Retention', d.bioSpec?.retention);
  text('Biospecimen Description', d.bioSpec?.description);
  value('Target Follow-Up Duration', d.targetDuration);

  if (arms.length > 0) {
    heading('Study Groups', 'Review each arm or cohort in the study, along with the interventions and objectives associated with them.');
    for (const a of arms) {
      para(flat(a.label));
      if (a.description) para(...md(a.description.trim()));
      if (a.type) para(`Group Type ${a.type}`);
      for (const n of a.interventionNames ?? []) {
        const iv = interventionNamed(p, n);
        para(flat(iv?.name ?? n.replace(/^[^:]+:\s*/, '')));
        if (iv?.type) para(`Intervention Type ${iv.type}`);
        if (iv?.description) para(...md(iv.description.trim()));
      }
    }
  }
  if (interventions.length > 0) {
    heading('Interventions', 'Learn about the drugs, procedures, or behavioral strategies being tested and how they are applied within this trial.');
    for (const iv of interventions) {
      para(flat(iv.name));
      if (iv.description) para(...md(iv.description.trim()));
      for (const other of iv.otherNames ?? []) para(`Other Name ${flat(other)}`);
      if (iv.type) para(`Intervention Type ${iv.type}`);
    }
  }

  const groups = [
    ['Primary Outcome Measures', p.outcomesModule?.primaryOutcomes],
    ['Secondary Outcome Measures', p.outcomesModule?.secondaryOutcomes],
    ['Other Outcome Measures', p.outcomesModule?.otherOutcomes],
  ] as const;
  for (const [title, list] of groups) {
    if (!list || list.length === 0) continue;
    para(title);
    out.push('Outcome Measure | Measure Description | Time Frame |', '---|---|---|');
    for (const m of list) out.push(`${flat(m.measure).replace(/\|/g, '/')} | ${flat(m.description).replace(/\|/g, '/')} | ${flat(m.timeFrame).replace(/\|/g, '/')} |`);
    out.push('');
  }

  if (p.eligibilityModule) {
    heading('Eligibility Criteria', 'Check the participation requirements, including inclusion and exclusion rules, age limits, and whether healthy volunteers are accepted.');
    if (el.eligibilityCriteria) out.push(...md(el.eligibilityCriteria.trim()));
    value('Minimum Eligible Age', el.minimumAge);
    value('Maximum Eligible Age', el.maximumAge);
    value('Eligible Sex', el.sex);
    if (el.healthyVolunteers !== undefined) para('Accepts Healthy Volunteers', '', el.healthyVolunteers ? 'Yes' : 'No');
    text('Study Population', el.studyPopulation);
    value('Sampling Method', el.samplingMethod);
  }

  heading('Sponsors', 'Meet the organizations funding or collaborating on the study and learn about their roles.');
  if (sp.leadSponsor?.name) para(flat(sp.leadSponsor.name), '', sp.leadSponsor.class ?? 'OTHER', '', 'Sponsor Role lead');
  for (const c of sp.collaborators ?? []) para(flat(c.name), '', c.class ?? 'OTHER', '', 'Sponsor Role collaborator');
  const rp = sp.responsibleParty;
  if (rp) {
    heading('Responsible Party', 'Identify the individual or organization who holds primary responsibility for the study information submitted to regulators.');
    const who = rp.investigatorFullName ? [rp.investigatorFullName, rp.investigatorTitle, rp.investigatorAffiliation] : [rp.oldNameTitle, rp.oldOrganization];
    for (const l of who) if (l) para(flat(l));
    if (rp.type) para(`Responsibility Role ${rp.type}`);
  }
  if ((cl.overallOfficials ?? []).length > 0) {
    para('Investigators');
    for (const x of cl.overallOfficials ?? []) {
      const role = x.role === 'STUDY_CHAIR' ? 'Study Chair' : x.role === 'PRINCIPAL_INVESTIGATOR' ? 'Principal Investigator' : x.role === 'STUDY_DIRECTOR' ? 'Study Director' : 'Study Director';
      para(`${role}: ${[x.name, x.affiliation].filter(Boolean).map(flat).join(', ')}`);
    }
  }
  if (o.locations && (cl.locations ?? []).length > 0) {
    heading('Locations', 'Explore where the study is taking place and check the recruitment status at each participating site.');
    for (const l of cl.locations ?? []) {
      para(flat(l.facility));
      const address = [l.city, l.state, l.country].filter(Boolean).map(flat).join(', ');
      if (address) para(address);
      if (o.siteStatus && l.status) para(`Site Status ${l.status}`);
    }
    const countries = [...new Set((cl.locations ?? []).map((l) => flat(l.country)).filter(Boolean))];
    if (countries.length > 0) {
      heading('Countries', 'Review the countries where the study has at least one active or historical site.');
      for (const c of countries) para(c);
    }
  }
  if (o.contacts && (cl.centralContacts ?? []).length > 0) {
    heading('Central Contacts', 'Reach out to these primary contacts for questions about participation or study logistics.');
    for (const c of cl.centralContacts ?? []) {
      para(flat(c.name), '', `Role: ${c.role ?? 'CONTACT'}`);
      if (c.phone) para(flat(c.phone));
      if (c.email) para(flat(c.email));
    }
  }
  const siteContacts = o.locations ? (cl.locations ?? []).flatMap((l) => l.contacts ?? []) : [];
  if (siteContacts.length > 0) {
    heading('Facility Contacts', 'Find local site contact details for specific facilities participating in the trial.');
    for (const c of siteContacts) {
      para(flat(c.name), '', `Role: ${c.role ?? 'CONTACT'}`);
      if (c.phone) para(flat(c.phone));
      if (c.email) para(flat(c.email));
    }
  }

  heading('Other Identifiers', 'Review additional registry numbers or institutional identifiers associated with this trial.');
  if (id.orgStudyIdInfo?.id) para(flat(id.orgStudyIdInfo.id), '', 'Identifier Type: -', '', 'Identifier Source: org_study_id');
  for (const s of id.secondaryIdInfos ?? []) {
    para(flat(s.id), '', `Identifier Type: ${s.type ?? '-'}`, '', 'Identifier Source: secondary_id');
    if (s.domain) para(`Identifier Domain: ${flat(s.domain)}`);
  }

  const ipd = p.ipdSharingStatementModule;
  if (ipd?.ipdSharing) {
    value('Plan to Share IPD', ipd.ipdSharing);
    text('Plan Description', ipd.description);
  }
  const ov = p.oversightModule;
  value('Studies a U.S. FDA-regulated Drug Product', yesNo(ov?.isFdaRegulatedDrug));
  value('Studies a U.S. FDA-regulated Device Product', yesNo(ov?.isFdaRegulatedDevice));
  value('Product Manufactured in and Exported from the U.S.', yesNo(ov?.isUsExport));
  value('Last Verified', st.statusVerifiedDate);
  value('First Posted', st.studyFirstPostDateStruct?.date);

  heading('More Related Trials', 'Additional clinical trials that may be relevant based on similarity analysis.');
  return { text: finish(out, o), layout: 'modern', options: o };
}
