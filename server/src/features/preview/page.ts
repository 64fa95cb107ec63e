// The record as a study page, for the preview (VS Code webview, other editors, the CLI's HTML
// report): title and status, the design figure and timeline, then the page's sections, each with
// its findings. Every rendered value carries its source range (data-start/data-end), so a click can
// reveal it in the editor. A strict Content-Security-Policy: nothing loads, only the nonce's style
// and script run; colours come from the editor theme's CSS variables.

import type { Analysis } from '../../analysis/analyze';
import type { AgeValue, Criterion, EnumValue, Span, TextValue, TrialRecord } from '../../model/types';
import { criteriaInOrder, MAX_CRITERIA_DEPTH } from '../../model/traverse';
import type { SectionId } from '../../vocabulary/elements';
import { designFigure, timeline } from './figure';
import { type Html, h, raw } from './html';
import { PREVIEW_CSS } from './style';

/** A finding as the page shows it. */
export interface PageFinding {
  readonly range: Span;
  readonly line: number;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly rule: string;
  readonly message: string;
}

export interface PageOptions {
  /** The nonce of the page's one style element (and of the script a host adds). */
  readonly nonce: string;
  /** `yyyy-MM-dd`, for the timeline's "today" and overdue dates. */
  readonly today: string;
  readonly findings?: readonly PageFinding[];
  /** A link for a rule's page (`https://…` or a command URI); none means plain text. */
  readonly ruleLink?: (rule: string) => string | undefined;
  /** Markup a host adds at the end of the body (its script with the nonce). */
  readonly script?: string;
}

const at = (v: { range: Span } | undefined) => (v ? h` data-start="${v.range.start}" data-end="${v.range.end}"` : h``);
const txt = (v: TextValue | undefined) => v?.value.trim();
const lab = (e: EnumValue | undefined) => (e ? (e.label ?? e.raw.trim()) : undefined);

/** A value with its source range, or nothing when absent. */
/** An age as the registry states it: `… and older` leaves no maximum, which reads "No limit", not "and older". */
function ageText(age: AgeValue | undefined): string | undefined {
  if (!age) return undefined;
  return age.noLimit ? 'No limit' : age.raw.trim();
}

function val(v: { range: Span } | undefined, text: string | undefined): Html {
  return text ? h`<span class="v"${at(v)}>${text}</span>` : h``;
}

/** Prose as paragraphs (blank lines) with its line breaks. */
function prose(v: TextValue | undefined): Html {
  if (!v || v.value.trim() === '') return h``;
  const paras = v.value.trim().split(/\n\s*\n/).map((p) => h`<p>${p.split('\n').map((l, k) => (k === 0 ? h`${l}` : h`<br>${l}`))}</p>`);
  return h`<div class="prose"${at(v)}>${paras}</div>`;
}

function row(name: string, value: Html): Html {
  return value.html === '' ? h`` : h`<tr><th>${name}</th><td>${value}</td></tr>`;
}

const SECTION_TITLES: readonly [SectionId, string][] = [
  ['description', 'Study Description'],
  ['design', 'Study Design'],
  ['arms', 'Arms and Interventions'],
  ['outcomes', 'Outcome Measures'],
  ['eligibility', 'Eligibility Criteria'],
  ['contacts', 'Contacts and Locations'],
  ['moreInfo', 'More Information'],
];

/** Which page section a finding belongs under: the record section its range starts in. */
function sectionOf(r: TrialRecord, f: PageFinding): SectionId | undefined {
  const s = r.sections.find((x) => x.range.start <= f.range.start && f.range.start < x.range.end) ?? r.sections.find((x) => x.range.start <= f.range.start && f.range.start <= x.range.end);
  if (!s) return undefined;
  // The newer layout's own groups show under the classic section that holds their values.
  const home: Partial<Record<SectionId, SectionId>> = { basicInfo: 'design', interventions: 'arms', sponsors: 'moreInfo', header: 'header', results: 'header', related: 'moreInfo' };
  return home[s.id] ?? s.id;
}

const RANK: Readonly<Record<string, number>> = { error: 0, warning: 1, information: 2, hint: 3 };

/** A section's findings, errors first: a hint never sits above an error. */
function findingList(list: readonly PageFinding[], o: PageOptions): Html {
  if (list.length === 0) return h``;
  const ordered = [...list].sort((x, y) => (RANK[x.severity] ?? 4) - (RANK[y.severity] ?? 4) || x.range.start - y.range.start);
  const items = ordered.map((f) => {
    const href = o.ruleLink?.(f.rule);
    const code = href ? h`<a class="rule" href="${href}">${f.rule}</a>` : h`<span class="rule">${f.rule}</span>`;
    return h`<li class="finding ${f.severity}" data-start="${f.range.start}" data-end="${f.range.end}"><span class="sev">${f.severity}</span> <span class="line">line ${f.line + 1}</span> ${f.message} ${code}</li>`;
  });
  return h`<ul class="findings">${items}</ul>`;
}

function criteriaTree(items: readonly Criterion[], depth = 1): Html {
  if (items.length === 0) return h``;
  const below = (c: Criterion) => (depth < MAX_CRITERIA_DEPTH ? criteriaTree(c.children, depth + 1) : criteriaTree(criteriaInOrder(c.children).map((x) => ({ ...x, children: [] })), depth + 1));
  return h`<ul>${items.map((c) => h`<li${at(c)} class="${c.kind}">${txt(c.text) ?? ''}${below(c)}</li>`)}</ul>`;
}

function sectionBody(id: SectionId, r: TrialRecord): Html {
  const d = r.design;
  switch (id) {
    case 'description':
      return h`${r.description.briefSummary ? h`<h3>Brief Summary</h3>${prose(r.description.briefSummary)}` : h``}${r.description.detailedDescription ? h`<h3>Detailed Description</h3>${prose(r.description.detailedDescription)}` : h``}<table class="fields">${row('Conditions', h`${r.conditions.conditions.map((c, k) => h`${k > 0 ? '; ' : ''}${val(c, txt(c))}`)}`)}${row('Keywords', h`${r.conditions.keywords.map((c, k) => h`${k > 0 ? '; ' : ''}${val(c, txt(c))}`)}`)}</table>`;
    case 'design':
      return h`<table class="fields">${[
        row('Study Type', val(d.studyType, lab(d.studyType))),
        row('Phase', h`${d.phases.map((p, k) => h`${k > 0 ? ', ' : ''}${val(p, lab(p))}`)}`),
        row('Enrollment', d.enrollment?.count ? h`${val(d.enrollment.count, d.enrollment.count.raw.trim())} ${lab(d.enrollment.type) ?? ''}` : h``),
        row('Allocation', val(d.allocation, lab(d.allocation))),
        row('Intervention Model', val(d.interventionModel, lab(d.interventionModel))),
        row('Masking', h`${val(d.masking, lab(d.masking))}${d.whoMasked.length > 0 ? ` (${d.whoMasked.map(lab).join(', ')})` : ''}`),
        row('Primary Purpose', val(d.primaryPurpose, lab(d.primaryPurpose))),
        row('Observational Model', val(d.observationalModel, lab(d.observationalModel))),
        row('Time Perspective', val(d.timePerspective, lab(d.timePerspective))),
        row('Official Title', val(r.identification.officialTitle, txt(r.identification.officialTitle))),
        row('Study Start', val(r.status.startDate, r.status.startDate?.raw.trim())),
        row('Primary Completion', val(r.status.primaryCompletionDate, r.status.primaryCompletionDate?.raw.trim())),
        row('Study Completion', val(r.status.completionDate, r.status.completionDate?.raw.trim())),
      ]}</table>`;
    case 'arms': {
      const rows = r.arms.map((a) => {
        const ivs = a.interventions.map((ref) => {
          const i = ref.intervention !== undefined ? r.interventions[ref.intervention] : undefined;
          return h`<li class="linked"${at(i ?? ref)}>${lab(i?.type ?? ref.type) ?? ''}: ${txt(i?.name ?? ref.name) ?? ''}</li>`;
        });
        return h`<tr class="arm"${at(a)}><td><strong>${lab(a.type) ?? ''}${a.type ? ': ' : ''}${txt(a.label) ?? ''}</strong>${prose(a.description)}</td><td><ul>${ivs}</ul></td></tr>`;
      });
      const list = r.interventions.map((i) => h`<li class="intervention"${at(i)}><strong>${lab(i.type) ?? ''}: ${txt(i.name) ?? ''}</strong>${prose(i.description)}</li>`);
      return h`<table class="arms"><thead><tr><th>Arm</th><th>Assigned interventions</th></tr></thead><tbody>${rows}</tbody></table><h3>Interventions</h3><ul class="interventions">${list}</ul>`;
    }
    case 'outcomes': {
      const groups: [string, string][] = [['primary', 'Primary Outcome Measures'], ['secondary', 'Secondary Outcome Measures'], ['other', 'Other Outcome Measures'], ['unclassified', 'Outcome Measures (no Primary/Secondary heading)']];
      return h`${groups.map(([g, title]) => {
        const list = r.outcomes.filter((o) => o.group === g);
        if (list.length === 0) return h``;
        return h`<h3>${title}</h3><ol class="outcomes ${g}">${list.map((o) => h`<li class="outcome"${at(o)}><strong>${txt(o.title) ?? ''}</strong>${o.timeFrame ? h` <span class="tf">[Time Frame: ${txt(o.timeFrame)}]</span>` : h``}${prose(o.description)}</li>`)}</ol>`;
      })}`;
    }
    case 'eligibility': {
      const e = r.eligibility;
      return h`<table class="fields">${[
        row('Minimum Age', val(e.minimumAge, ageText(e.minimumAge))),
        row('Maximum Age', val(e.maximumAge, ageText(e.maximumAge))),
        row('Sex', val(e.sex, lab(e.sex))),
        row('Accepts Healthy Volunteers', val(e.healthyVolunteers, e.healthyVolunteers?.raw.trim())),
        row('Study Population', prose(e.studyPopulation)),
      ]}</table>${e.criteria.map((c) => h`<h3${at(c)}>${c.which === 'inclusion' ? 'Inclusion Criteria' : c.which === 'exclusion' ? 'Exclusion Criteria' : 'Criteria'}</h3><div class="criteria">${criteriaTree(c.items)}</div>`)}`;
    }
    case 'contacts': {
      const c = r.contacts;
      const person = (p: { name?: TextValue; phone?: TextValue; email?: TextValue; range: Span }) => h`<li${at(p)}>${[txt(p.name), txt(p.phone), txt(p.email)].filter(Boolean).join(' · ')}</li>`;
      return h`${c.centralContacts.length > 0 ? h`<h3>Contacts</h3><ul>${c.centralContacts.map(person)}</ul>` : h``}${r.sponsor.officials.length > 0 ? h`<h3>Officials</h3><ul>${r.sponsor.officials.map((o) => h`<li${at(o)}>${lab(o.role) ?? ''}: ${[txt(o.name), txt(o.affiliation)].filter(Boolean).join(', ')}</li>`)}</ul>` : h``}${c.locations.length > 0 ? h`<h3>Locations</h3><ul class="locations">${c.locations.map((l) => h`<li${at(l)}><strong>${txt(l.facility) ?? ''}</strong>${l.status ? ` (${lab(l.status)})` : ''}${l.address ? h`<br>${txt(l.address)}` : h``}${l.contacts.length > 0 ? h`<ul>${l.contacts.map(person)}</ul>` : h``}</li>`)}</ul>` : h``}`;
    }
    case 'moreInfo': {
      const id = r.identification;
      return h`<table class="fields">${[
        row('Sponsor', val(r.sponsor.leadSponsor?.name, txt(r.sponsor.leadSponsor?.name))),
        row('Collaborators', h`${r.sponsor.collaborators.map((c, k) => h`${k > 0 ? '; ' : ''}${val(c.name, txt(c.name))}`)}`),
        row('Responsible Party', val(r.sponsor.responsibleParty, [lab(r.sponsor.responsibleParty?.type), txt(r.sponsor.responsibleParty?.text)].filter(Boolean).join(': '))),
        row('Unique Protocol ID', val(id.orgStudyId, txt(id.orgStudyId))),
        row('Secondary IDs', h`${id.secondaryIds.map((s, k) => h`${k > 0 ? '; ' : ''}${val(s, [txt(s.id), lab(s.type), txt(s.domain)].filter(Boolean).join(' · '))}`)}`),
        row('Last Verified', val(r.status.lastVerified, r.status.lastVerified?.raw.trim())),
        row('Plan to Share IPD', val(r.ipdSharing.ipdSharing, lab(r.ipdSharing.ipdSharing))),
      ]}</table>`;
    }
    default:
      return h``;
  }
}

/** What the CI report shows of a record above its findings: its name, status and figure. */
export interface RecordSummary {
  readonly title: string;
  readonly nctId?: string;
  readonly status?: string;
  readonly figure: Html;
}

export function recordSummary(a: Analysis, today: string): RecordSummary {
  const r = a.record;
  const nctId = txt(r.identification.nctId);
  const status = lab(r.status.overallStatus);
  return {
    title: txt(r.identification.briefTitle) ?? txt(r.identification.pageTitle) ?? 'Untitled record',
    ...(nctId ? { nctId } : {}),
    ...(status ? { status } : {}),
    figure: h`${designFigure(r)}${timeline(r, today)}`,
  };
}

/** The whole page: a self-contained HTML document. */
export function renderPage(a: Analysis, o: PageOptions): string {
  const r = a.record;
  const id = r.identification;
  const title = txt(id.briefTitle) ?? txt(id.pageTitle) ?? 'Untitled record';
  const findings = o.findings ?? [];
  const by = new Map<string, PageFinding[]>();
  for (const f of findings) {
    const s = sectionOf(r, f) ?? 'header';
    by.set(s, [...(by.get(s) ?? []), f]);
  }
  const counts = (['error', 'warning', 'information', 'hint'] as const).map((s) => [s, findings.filter((f) => f.severity === s).length] as const).filter(([, n]) => n > 0);
  const sections = SECTION_TITLES.map(([sid, heading]) => {
    const body = sectionBody(sid, r);
    const own = by.get(sid) ?? [];
    if (body.html.replace(/<[^>]*>/g, '').trim() === '' && own.length === 0) return h``;
    return h`<section id="${sid}"><h2>${heading}</h2>${findingList(own, o)}${body}</section>`;
  });
  const status = r.status.overallStatus;
  const body = h`<header${at(id.briefTitle)}><h1>${title}</h1><p class="meta">${id.nctId ? h`<span class="v"${at(id.nctId)}>${txt(id.nctId)}</span> · ` : h``}${status ? h`<span class="status v"${at(status)}>${lab(status)}</span>` : h`<span class="status">No status</span>`}${r.sponsor.leadSponsor ? h` · Sponsor: ${val(r.sponsor.leadSponsor.name, txt(r.sponsor.leadSponsor.name))}` : h``}</p><p class="summary">${counts.length === 0 ? 'No findings' : counts.map(([s, n]) => `${n} ${s}${n === 1 ? '' : s === 'information' ? '' : 's'}`).join(', ')}</p>${findingList(by.get('header') ?? [], o)}</header><figure>${designFigure(r)}${timeline(r, o.today)}</figure>${sections}`;
  const csp = `default-src 'none'; style-src 'nonce-${o.nonce}'; script-src 'nonce-${o.nonce}'; img-src data:`;
  return `<!DOCTYPE html>\n${h`<html lang="en"><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title><style nonce="${o.nonce}">${raw(PREVIEW_CSS)}</style></head><body>${body}${raw(o.script ?? '')}</body></html>`.html}\n`;
}
