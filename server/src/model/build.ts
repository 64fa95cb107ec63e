import type {
  ArmBlock,
  Block,
  ContactNode,
  CriteriaBlock,
  CriteriaNode,
  EntryBlock,
  FieldBlock,
  InterventionNode,
  SyntaxTree,
  Token,
} from '../parser/syntax';
import { splitRunOnName } from '../parser/interventions';
import * as V from '../vocabulary/ctgov-enums';
import { fieldElement } from '../vocabulary/elements';
import { lookupTerm, normKey } from '../vocabulary/lookup';
import type {
  Arm,
  Contact,
  CriteriaList,
  Criterion,
  EnumValue,
  Intervention,
  InterventionRef,
  Location,
  Organization,
  ResponsibleParty,
  Outcome,
  SecondaryId,
  Span,
  TextValue,
  TrialRecord,
} from './types';
import { ageValue, booleanValue, dateValue, enumValue, numberValue, parseAgesLine, parseMasking, parsePhases, sub, text, textOfLines } from './values';

type Mutable<T> = { -readonly [K in keyof T]: T[K] extends readonly (infer U)[] ? U[] : T[K] };

interface InterventionDraft {
  range: Span;
  type?: EnumValue;
  name?: TextValue;
  description?: TextValue;
  otherNames: TextValue[];
  form?: TextValue;
  route?: TextValue;
  references: Span[];
  armLabels: string[];
  definedIn: Intervention['definedIn'];
  /** Set once a full definition (with details) has been read. */
  defined: boolean;
}

/** Builds the typed record from the syntax tree. Pure; never throws on any tree the parser makes. */
export function buildModel(tree: SyntaxTree): TrialRecord {
  return new Builder(tree).build();
}

class Builder {
  private readonly r = {
    identification: { nctIdMentions: [], secondaryIds: [] } as Mutable<TrialRecord['identification']>,
    status: {} as Mutable<TrialRecord['status']>,
    sponsor: { collaborators: [], officials: [] } as Mutable<TrialRecord['sponsor']>,
    description: {} as Mutable<TrialRecord['description']>,
    conditions: { conditions: [], keywords: [], meshTerms: [] } as Mutable<TrialRecord['conditions']>,
    design: { phases: [], whoMasked: [] } as Mutable<TrialRecord['design']>,
    eligibility: { stdAges: [], criteria: [] } as Mutable<TrialRecord['eligibility']>,
    contacts: { centralContacts: [], locations: [], countries: [] } as Mutable<TrialRecord['contacts']>,
    ipdSharing: {} as Mutable<TrialRecord['ipdSharing']>,
    oversight: {} as Mutable<TrialRecord['oversight']>,
    plain: {} as Mutable<TrialRecord['plain']>,
  };
  private readonly arms: { range: Span; label?: TextValue; type?: EnumValue; description?: TextValue; refs: InterventionNode[] }[] = [];
  private readonly conditionRefs: InterventionNode[] = [];
  private readonly interventionDefs: InterventionNode[] = [];
  private readonly outcomes: Outcome[] = [];
  private readonly unrecognised: TextValue[] = [];
  private readonly directives: TrialRecord['directives'][number][] = [];
  private locationGroup: TextValue | undefined;
  private eligibilityRange: Span | undefined;

  constructor(private readonly tree: SyntaxTree) {}

  build(): TrialRecord {
    for (const section of this.tree.sections) {
      if (section.id === 'eligibility') this.eligibilityRange = union(this.eligibilityRange, section);
      for (const block of section.blocks) this.block(block);
    }
    this.settleTitle();
    this.settleResponsibleParty();
    const interventions = this.resolveInterventions();
    return {
      layout: this.tree.layout,
      ...this.r,
      arms: interventions.arms,
      interventions: interventions.list,
      outcomes: this.outcomes,
      eligibility: { ...this.r.eligibility, ...(this.eligibilityRange ? { range: this.eligibilityRange } : {}) },
      sections: this.tree.sections.map((s) => ({ id: s.id, range: { start: s.start, end: s.end }, ...(s.heading ? { heading: text(s.heading) } : {}) })),
      unrecognised: this.unrecognised,
      directives: this.directives,
    };
  }

  private block(b: Block): void {
    switch (b.kind) {
      case 'title':
        return this.title(b.text);
      case 'field':
        return this.field(b);
      case 'arm':
        return this.arm(b);
      case 'intervention':
        this.interventionDefs.push(b.intervention);
        return;
      case 'conditionsRow':
        this.r.conditions.conditions.push(...b.conditions.map(text));
        if (b.conditions.length === 1) this.r.conditions.conditionsRunTogether = true;
        this.conditionRefs.push(...b.interventions);
        if (b.phaseCell) this.phases(b.phaseCell);
        return;
      case 'outcome': {
        const o: Mutable<Outcome> = { range: span(b), group: b.group ?? 'unclassified' };
        if (b.title) o.title = text(b.title);
        if (b.timeFrame) o.timeFrame = text(b.timeFrame);
        if (b.description) o.description = text(b.description);
        this.outcomes.push(o);
        return;
      }
      case 'criteria':
        this.r.eligibility.criteria.push(criteriaList(b));
        return;
      case 'contact':
        if (b.scope === 'central') this.r.contacts.centralContacts.push(contact(b.contact));
        else {
          const last = this.r.contacts.locations[this.r.contacts.locations.length - 1] as Mutable<Location> | undefined;
          if (last) (last.contacts as Contact[]).push(contact(b.contact));
          else this.r.contacts.centralContacts.push(contact(b.contact));
        }
        return;
      case 'location': {
        const loc: Mutable<Location> = { range: span(b), contacts: b.contacts.map(contact), investigators: b.investigators.map(contact) };
        if (b.facility) loc.facility = text(b.facility);
        if (b.status) loc.status = enumValue(V.overallStatus, b.status);
        if (b.address) loc.address = text(b.address);
        if (this.locationGroup) loc.group = this.locationGroup;
        this.r.contacts.locations.push(loc);
        return;
      }
      case 'entry':
        return this.entry(b);
      case 'boilerplate': {
        // The classic page's tabs and the newer layout's results line say whether results are in.
        const t = b.text.text.replace(/^[-*]\s+/, '').replace(/\s*\|\s*$/, '').trim().toLowerCase();
        const state = t === 'no results posted' || t === 'results pending' ? 'none' : t === 'results submitted' ? 'submitted' : t === 'study results' && this.tree.layout === 'classic' ? 'posted' : undefined;
        if (state && !this.r.status.results) this.r.status.results = { state, range: span(b) };
        return;
      }
      case 'directive':
        this.directives.push({ range: span(b), command: b.command.text, args: b.args.map((a) => a.text) });
        return;
      case 'unrecognised':
        this.unrecognised.push(text(b.text));
        return;
      case 'tableRow':
        this.unrecognised.push(...b.cells.map(text));
        return;
      default:
        return;
    }
  }

  private titleToken?: Token;
  private explicitBriefTitle = false;
  private explicitAcronym = false;

  /**
   * `Brief Title:` and `Acronym:` rows say exactly what the H1 may leave open: whether its
   * closing bracket is the acronym (`… Dermatitis (AD)` may be either).
   */
  private settleTitle(): void {
    const id = this.r.identification as Mutable<TrialRecord['identification']>;
    const t = this.titleToken;
    if (!t) return;
    if (this.explicitBriefTitle) {
      // The H1's bracket is the acronym exactly when the H1 is the brief title plus that bracket.
      if (this.explicitAcronym) return;
      const brief = id.briefTitle?.value ?? '';
      const h1 = t.text.trim();
      if (h1.startsWith(`${brief} (`) && h1.endsWith(')') && brief.length > 0) {
        const at = t.text.indexOf('(', t.text.indexOf(brief) + brief.length) + 1;
        id.acronym = text(sub(t, at, t.text.lastIndexOf(')')));
      } else delete id.acronym;
      return;
    }
    if (!this.explicitAcronym || !id.acronym) return;
    const suffix = new RegExp(`\\s*\\(${id.acronym.value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\)$`);
    const m = suffix.exec(t.text);
    id.briefTitle = text(m ? sub(t, 0, m.index) : t);
  }

  /**
   * A classic page does not print the responsible party's type: it follows from the text. The
   * sponsor's name alone: the sponsor. `Name, Title, Affiliation` whose name is the sponsor's:
   * a sponsor-investigator (in the registry every sponsor-investigator is the lead sponsor);
   * otherwise a principal investigator. `Name, Organization` is a legacy party with no type.
   */
  private settleResponsibleParty(): void {
    const rp = this.r.sponsor.responsibleParty as Mutable<ResponsibleParty> | undefined;
    if (!rp?.text || this.tree.layout === 'modern') return;
    const t = rp.text.value;
    const sponsor = this.r.sponsor.leadSponsor?.name.value;
    const parts = t.split(/\s*,\s*/);
    const as = (code: string): EnumValue => ({ raw: rp.text!.raw, range: rp.text!.range, code, label: V.responsiblePartyType.terms.find((x) => x.code === code)!.label });
    if (rp.type?.code === 'PRINCIPAL_INVESTIGATOR' || !rp.type) {
      if (sponsor && parts.length > 1 && normKey(parts[0]!) === normKey(sponsor)) rp.type = as('SPONSOR_INVESTIGATOR');
      else if (rp.type) return;
      else if (parts.length === 1 || (sponsor && normKey(t) === normKey(sponsor))) rp.type = as('SPONSOR');
      else if (parts.length >= 3) rp.type = as('PRINCIPAL_INVESTIGATOR');
    }
  }

  /** The page H1: the brief title with the acronym appended in parentheses (S22). */
  private title(t: Token): void {
    const id = this.r.identification;
    id.pageTitle = text(t);
    this.titleToken = t;
    const m = /^(.*\S)\s*\(([^()]{1,14})\)$/.exec(t.text);
    // `… Stress Disorder (PTSD)` is the title's own abbreviation, not an appended acronym,
    // unless another bracket follows it (`… (PTSD) (PROTECT)`).
    if (m && /[A-Z]/.test(m[2]!) && m[2]!.trim() === m[2] && !(definesAbbreviation(m[1]!, m[2]!) && !/\)$/.test(m[1]!))) {
      id.briefTitle = text(sub(t, 0, m[1]!.length));
      const at = t.text.lastIndexOf('(') + 1;
      id.acronym ??= text(sub(t, at, at + m[2]!.length));
    } else {
      id.briefTitle = text(t);
    }
  }

  private field(f: FieldBlock): void {
    const v = f.value;
    const plain = fieldElement(f.key).plain;
    if (plain) {
      if (v && this.r.plain[f.key] === undefined) this.r.plain[f.key] = plain === 'boolean' ? booleanValue(v) : text(v);
      return;
    }
    const first = <K extends string>(obj: Partial<Record<K, unknown>>, key: K): boolean => obj[key] === undefined;
    const r = this.r;
    switch (f.key) {
      case 'nctId':
        if (v) {
          const t = text(f.cells[0] ?? v);
          r.identification.nctIdMentions.push(t);
          r.identification.nctId ??= t;
        }
        return;
      case 'acronym':
        if (v) {
          r.identification.acronym = text(v);
          this.explicitAcronym = true;
        }
        return;
      case 'briefTitle':
        if (v) {
          r.identification.briefTitle = text(v);
          this.explicitBriefTitle = true;
        }
        return;
      case 'officialTitle':
        if (v && first(r.identification, 'officialTitle')) r.identification.officialTitle = text(v);
        return;
      case 'otherStudyIds':
        return this.studyIds(f.lines);
      case 'orgStudyId':
        if (v && first(r.identification, 'orgStudyId')) r.identification.orgStudyId = text(v);
        return;
      case 'secondaryId':
        if (v) {
          // `id ( Type: domain )`: the annotation is the bracket at the end of the row (it may hold
          // brackets itself: `EU Trial (CTIS) Number`).
          const b = trailingBracket(v.text);
          r.identification.secondaryIds.push(secondaryId(b ? sub(v, 0, b.open) : v, b ? sub(v, b.start, b.end) : undefined, v.end));
        }
        return;
      case 'overallStatus':
        if (v && first(r.status, 'overallStatus')) r.status.overallStatus = enumValue(V.overallStatus, v);
        return;
      case 'lastKnownStatus':
        if (v && first(r.status, 'lastKnownStatus')) r.status.lastKnownStatus = enumValue(V.overallStatus, v);
        return;
      case 'whyStopped':
        if (v) r.status.whyStopped = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'startDate':
      case 'primaryCompletionDate':
      case 'completionDate':
      case 'firstSubmitted':
      case 'firstPosted':
      case 'resultsFirstPosted':
      case 'lastUpdatePosted':
      case 'lastVerified':
        if (v && first(r.status, f.key)) r.status[f.key] = dateValue(v, f.qualifier);
        return;
      case 'leadSponsor':
        if (v) r.sponsor.leadSponsor ??= { name: text(v) };
        return;
      case 'collaborators':
        r.sponsor.collaborators.push(...f.lines.map((l) => ({ name: text(l) })));
        return;
      case 'responsibleParty':
        if (v && first(r.sponsor, 'responsibleParty')) r.sponsor.responsibleParty = responsibleParty(v);
        return;
      case 'official': {
        const label = f.label!;
        const [name, affiliation] = f.cells;
        r.sponsor.officials.push({ range: span(f), role: enumValue(V.officialRole, label), ...(name ? { name: text(name) } : {}), ...(affiliation ? { affiliation: text(affiliation) } : {}) });
        return;
      }
      case 'briefSummary':
      case 'detailedDescription':
        if (f.lines.length > 0 && first(r.description, f.key)) r.description[f.key] = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'conditions':
        r.conditions.conditions.push(...f.lines.map(text));
        if (f.lines.length === 1) r.conditions.conditionsRunTogether = true;
        return;
      case 'keywords':
        r.conditions.keywords.push(...f.lines.map(text));
        if (f.lines.length === 1) r.conditions.keywordsRunTogether = true;
        return;
      case 'meshTerms':
        r.conditions.meshTerms.push(...f.lines.map(text));
        return;
      case 'studyType':
        if (v && first(r.design, 'studyType')) {
          r.design.studyType = enumValue(V.studyType, v);
          if (/patient registry/i.test(v.text)) r.design.patientRegistry = { raw: v.text, range: span(v), value: true };
        }
        return;
      case 'phases':
        if (v && r.design.phases.length === 0) this.phases(v);
        return;
      case 'enrollment':
        if (v && first(r.design, 'enrollment')) {
          r.design.enrollment = { range: span(f), count: numberValue(v), ...(f.qualifier ? { type: enumValue(V.dateType, f.qualifier) } : {}) };
        }
        return;
      case 'allocation':
      case 'interventionModel':
      case 'primaryPurpose':
      case 'observationalModel':
      case 'timePerspective':
      case 'bioSpecRetention':
        if (v && first(r.design, f.key)) r.design[f.key] = enumValue(DESIGN_VOCAB[f.key], v);
        return;
      case 'masking':
        if (v && first(r.design, 'masking')) {
          const m = parseMasking(v);
          r.design.masking = m.masking;
          r.design.whoMasked = m.whoMasked;
        }
        return;
      case 'interventionModelDescription':
      case 'maskingDescription':
      case 'bioSpecDescription':
        if (f.lines.length > 0) r.design[f.key] = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'targetDuration':
        if (v) r.design.targetDuration = text(v);
        return;
      case 'patientRegistry':
        if (v) r.design.patientRegistry = booleanValue(v);
        return;
      case 'ages':
        if (v) {
          const a = parseAgesLine(v);
          if (a.minimumAge) r.eligibility.minimumAge ??= a.minimumAge;
          if (a.maximumAge) r.eligibility.maximumAge ??= a.maximumAge;
          r.eligibility.stdAges.push(...a.groups.map((g) => enumValue(V.standardAge, g)));
        }
        return;
      case 'minimumAge':
        if (v) r.eligibility.minimumAge ??= ageValue(v);
        return;
      case 'maximumAge':
        if (v) r.eligibility.maximumAge ??= ageValue(v);
        return;
      case 'sex':
        if (v) r.eligibility.sex ??= enumValue(V.sex, v);
        return;
      case 'genderBased':
        if (v) r.eligibility.genderBased = booleanValue(v);
        return;
      case 'genderDescription':
        if (f.lines.length > 0) r.eligibility.genderDescription = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'healthyVolunteers':
        if (v) r.eligibility.healthyVolunteers ??= booleanValue(v);
        return;
      case 'studyPopulation':
        if (f.lines.length > 0) r.eligibility.studyPopulation = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'samplingMethod':
        if (v) r.eligibility.samplingMethod = enumValue(V.samplingMethod, v);
        return;
      case 'ipdSharing':
        if (v) r.ipdSharing.ipdSharing = enumValue(V.ipdSharing, v);
        return;
      case 'ipdDescription':
        if (f.lines.length > 0) r.ipdSharing.description = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'ipdInfoTypes':
        if (v) r.ipdSharing.infoTypes = text(v);
        return;
      case 'ipdTimeFrame':
        if (v) r.ipdSharing.timeFrame = text(v);
        return;
      case 'ipdAccessCriteria':
        if (f.lines.length > 0) r.ipdSharing.accessCriteria = textOfLines(this.tree.text, f.lines)!;
        return;
      case 'ipdUrl':
        if (v) r.ipdSharing.url = text(v);
        return;
      case 'isFdaRegulatedDrug':
      case 'isFdaRegulatedDevice':
      case 'isUsExport':
      case 'oversightHasDmc':
        if (v) r.oversight[f.key] = booleanValue(v);
        return;
      case 'centralContact':
      case 'criteria':
      case 'ipdStatement':
        return;
    }
  }

  private phases(t: Token): void {
    this.r.design.phases = parsePhases(t);
    this.r.design.phaseText = text(t);
  }

  /**
   * `ACT16432 2020-003096-18 ( EudraCT Number ) U1111-1244-1644 ( Registry Identifier: ICTRP )`:
   * the first bare ID is the organisation's; each ID may carry its type (and domain) in brackets.
   */
  /**
   * The classic `Other Study ID Numbers` cell: the organisation's ID, then the secondary IDs,
   * each typed by a bracket after it (`2020-003096-18 ( EudraCT Number )`, brackets may nest).
   * The copy puts them all on one line, and an organisation's ID may hold spaces
   * (`U01 AR45444 NIAMS-004C`): the words before the first typed ID are the organisation's ID;
   * a typed ID is the one word before its bracket; other words between are untyped IDs. Where
   * that guess decides anything, `studyIdsRunTogether` says so.
   */
  private studyIds(lines: readonly Token[]): void {
    const id = this.r.identification;
    for (const line of lines) {
      const items = idItems(line);
      const firstTyped = items.findIndex((x) => x.ann);
      // Without any type (legacy records) IDs are a word each (`1096.00 FHCRC-1096.00`), but a
      // word without a digit belongs to an ID with spaces (`L DRUG`, `HR 9059`, `RTOG L-0117`).
      const whole = items.length > 0 ? items[items.length - 1]!.end - items[0]!.start : 0;
      const together = whole <= 30 && items.some((x) => !/\d/.test(this.tree.text.slice(x.start, x.end)));
      const lead = items.slice(0, firstTyped >= 0 ? firstTyped : together ? items.length : 1);
      if (lead.length > 1 || (firstTyped < 0 && items.length > 1)) id.studyIdsRunTogether = true;
      let k = 0;
      if (lead.length > 0 && id.orgStudyId === undefined && id.secondaryIds.length === 0) {
        id.orgStudyId = text(sub(line, lead[0]!.start - line.start, lead[lead.length - 1]!.end - line.start));
        k = lead.length;
      }
      for (; k < items.length; k++) {
        const x = items[k]!;
        const idTok = sub(line, x.start - line.start, x.end - line.start);
        id.secondaryIds.push(secondaryId(idTok, x.ann, x.ann ? line.start + line.text.indexOf(')', x.ann.end - line.start) + 1 : x.end));
      }
    }
  }

  private arm(b: ArmBlock): void {
    this.arms.push({
      range: span(b),
      ...(b.label ? { label: text(b.label) } : {}),
      ...(b.type ? { type: enumValue(V.armGroupType, b.type) } : {}),
      ...(b.description ? { description: text(b.description) } : {}),
      refs: [...b.interventions],
    });
  }

  /** Newer-layout entries: sponsors, responsible party, identifiers, countries, location groups. */
  private entry(b: EntryBlock): void {
    const prop = (re: RegExp) => b.props.find((p) => re.test(p.key.text))?.value;
    const r = this.r;
    switch (b.entry) {
      case 'sponsor': {
        const [name, cls] = b.lines;
        if (!name) return;
        const org: Organization = { name: text(name), ...(cls && lookupTerm(V.agencyClass, cls.text) ? { agencyClass: enumValue(V.agencyClass, cls) } : {}) };
        const role = prop(/^sponsor role$/i)?.text.toLowerCase();
        if (role === 'lead' && !r.sponsor.leadSponsor) r.sponsor.leadSponsor = org;
        else r.sponsor.collaborators.push(org);
        return;
      }
      case 'responsibleParty': {
        const type = prop(/^responsibility role$/i);
        r.sponsor.responsibleParty ??= { range: span(b), ...(type ? { type: enumValue(V.responsiblePartyType, type) } : {}), ...(b.lines[0] ? { text: textOfLines(this.tree.text, b.lines)! } : {}) };
        return;
      }
      case 'identifier': {
        const [idTok] = b.lines;
        if (!idTok) return;
        const source = prop(/^identifier source$/i)?.text;
        const type = prop(/^identifier type$/i);
        const domain = prop(/^identifier domain$/i);
        if (source === 'org_study_id' && !r.identification.orgStudyId) r.identification.orgStudyId = text(idTok);
        else {
          r.identification.secondaryIds.push({
            range: span(b),
            id: text(idTok),
            ...(type && type.text !== '-' ? { type: enumValue(V.secondaryIdType, type) } : {}),
            ...(domain && domain.text.trim() !== '' ? { domain: text(domain) } : {}),
          });
        }
        return;
      }
      case 'country':
        if (b.lines[0]) r.contacts.countries.push(text(b.lines[0]));
        return;
      case 'locationGroup':
        this.locationGroup = b.lines[0] ? text(b.lines[0]) : undefined;
        return;
    }
  }

  /** Intervention names the record states on their own: where a run-on name can be cut (lower case). */
  private statedNames(): Set<string> {
    const out = new Set<string>();
    const add = (n: InterventionNode) => {
      if (n.name) out.add(n.name.text.toLowerCase());
    };
    this.conditionRefs.forEach(add);
    this.interventionDefs.forEach(add);
    // A name whose description starts on a later line stood on a line of its own.
    for (const a of this.arms) for (const n of a.refs) if (n.name && n.description && /[\r\n]/.test(this.tree.text.slice(n.name.end, n.description.start))) add(n);
    return out;
  }

  /**
   * One intervention per (type, name): the newer layout's Interventions section defines them;
   * on the classic page the arm rows both define and reference them; the conditions table
   * only references.
   */
  private resolveInterventions(): { list: Intervention[]; arms: Arm[] } {
    const drafts: InterventionDraft[] = [];
    const find = (n: InterventionNode): number => {
      const name = n.name ? normKey(n.name.text) : '';
      const type = n.type ? lookupTerm(V.interventionType, n.type.text)?.term.code : undefined;
      return drafts.findIndex((d) => d.name !== undefined && normKey(d.name.raw) === name && (type === undefined || d.type?.code === undefined || d.type.code === type));
    };
    const define = (n: InterventionNode, describes: boolean, definedIn: Intervention['definedIn']): number => {
      let k = find(n);
      if (k < 0) {
        drafts.push({ range: span(n), otherNames: [], references: [], armLabels: [], definedIn, defined: false, ...(n.name ? { name: text(n.name) } : {}), ...(n.type ? { type: enumValue(V.interventionType, n.type) } : {}) });
        k = drafts.length - 1;
      }
      const d = drafts[k]!;
      if (n.name) d.references.push(span(n.name));
      const hasDetails = n.description !== undefined || n.otherNames.length > 0;
      if (describes && hasDetails && !d.defined) {
        d.defined = true;
        d.range = span(n);
        if (n.description) d.description = text(n.description);
        d.otherNames = n.otherNames.map(text);
        if (n.form) d.form = text(n.form);
        if (n.route) d.route = text(n.route);
        if (n.type) d.type = enumValue(V.interventionType, n.type);
      }
      return k;
    };
    for (const n of this.interventionDefs) define(n, true, 'interventions');
    const known = this.statedNames();
    const arms: Arm[] = this.arms.map((a) => {
      const refs: InterventionRef[] = a.refs.map((given) => {
        const n = splitRunOnName(this.tree.text, given, known);
        const k = define(n, true, 'arms');
        if (a.label && !drafts[k]!.armLabels.includes(a.label.value)) drafts[k]!.armLabels.push(a.label.value);
        return { range: span(n), ...(n.type ? { type: enumValue(V.interventionType, n.type) } : {}), ...(n.name ? { name: text(n.name) } : {}), intervention: k };
      });
      const { refs: _unused, ...rest } = a;
      return { ...rest, interventions: refs };
    });
    const listed = this.conditionRefs.map((n) => define(n, false, 'conditions'));
    // The conditions table lists the interventions in the record's order; the arms may name them in another.
    const rank = (k: number) => {
      const at = listed.indexOf(k);
      return at < 0 ? listed.length + k : at;
    };
    const order = drafts.map((_d, k) => k).sort((a, b) => rank(a) - rank(b) || a - b);
    const moved = new Map(order.map((from, to) => [from, to]));
    const list: Intervention[] = order.map((k) => {
      const { defined: _d, ...d } = drafts[k]!;
      return d;
    });
    const remapped = arms.map((a) => ({ ...a, interventions: a.interventions.map((ref) => (ref.intervention === undefined ? ref : { ...ref, intervention: moved.get(ref.intervention)! })) }));
    return { list, arms: remapped };
  }
}

const DESIGN_VOCAB = {
  allocation: V.allocation,
  interventionModel: V.interventionModel,
  primaryPurpose: V.primaryPurpose,
  observationalModel: V.observationalModel,
  timePerspective: V.timePerspective,
  bioSpecRetention: V.bioSpecRetention,
} as const;

const STOP_WORDS = new Set(['of', 'and', 'with', 'the', 'in', 'for', 'to', 'a', 'an', 'on', 'or', 'by']);

/**
 * Whether `short` abbreviates the words just before it: each of its letters taken in order from
 * those words, every word (but small ones) giving at least its initial (`Posttraumatic Stress
 * Disorder` → PTSD, `Non-small Cell Lung Carcinoma` → NSCLC).
 */
export function definesAbbreviation(before: string, short: string): boolean {
  return abbreviationExpansion(before, short) !== undefined;
}

/**
 * The words just before `short` that it abbreviates, as written (`… in metastatic breast cancer`
 * and `mBC` → `metastatic breast cancer`); the fewest words that do, or undefined.
 */
export function abbreviationExpansion(before: string, short: string): string | undefined {
  const letters = short.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (letters.length < 2) return undefined;
  const found = [...before.matchAll(/[^\s\-/]+/g)].slice(-(letters.length + 3));
  const words = found.map((m) => m[0].toLowerCase());
  // Can words[w..] spell letters[i..]? (each word: a subsequence that starts with its initial)
  const can = (w: number, i: number): boolean => {
    if (i === letters.length) return w === words.length;
    if (w === words.length) return false;
    const word = words[w]!.replace(/[^a-z0-9]/g, '');
    if (STOP_WORDS.has(word) && can(w + 1, i)) return true;
    if (word[0] !== letters[i]) return false;
    let j = i + 1;
    let k = 1;
    for (;;) {
      if (can(w + 1, j)) return true;
      while (k < word.length && word[k] !== letters[j]) k++;
      if (k >= word.length || j >= letters.length) return false;
      j++;
      k++;
    }
  };
  for (let from = words.length - 1; from >= 0; from--) if (can(from, 0)) return before.slice(found[from]!.index).trim();
  return undefined;
}

function span(s: Span): Span {
  return { start: s.start, end: s.end };
}

function union(a: Span | undefined, b: Span): Span {
  return a ? { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) } : span(b);
}

/** Classic pages print the sponsor's name when the sponsor is the responsible party. */
function responsibleParty(v: Token): TrialRecord['sponsor']['responsibleParty'] {
  const base = { range: span(v), text: text(v) };
  const t = v.text;
  if (/sponsor-investigator/i.test(t)) return { ...base, type: { raw: t, range: span(v), code: 'SPONSOR_INVESTIGATOR', label: 'Sponsor-Investigator' } };
  if (/principal investigator/i.test(t)) return { ...base, type: { raw: t, range: span(v), code: 'PRINCIPAL_INVESTIGATOR', label: 'Principal Investigator' } };
  const m = lookupTerm(V.responsiblePartyType, t);
  if (m) return { ...base, type: enumValue(V.responsiblePartyType, v) };
  return base;
}

function contact(n: ContactNode): Contact {
  return {
    range: span(n),
    ...(n.name ? { name: text(n.name) } : {}),
    ...(n.role ? { role: text(n.role) } : {}),
    ...(n.phone ? { phone: text(n.phone) } : {}),
    ...(n.email ? { email: text(n.email) } : {}),
  };
}

function criteriaList(b: CriteriaBlock): CriteriaList {
  return { range: span(b), which: b.which, ...(b.heading ? { heading: text(b.heading) } : {}), items: b.items.map(criterion) };
}

function criterion(n: CriteriaNode): Criterion {
  // Two literals rather than a spread: a record can hold tens of thousands of criteria.
  const children = n.children.map(criterion);
  return n.text ? { range: span(n), kind: n.kind, text: text(n.text), children } : { range: span(n), kind: n.kind, children };
}

/** The words of an identifiers line, each with the bracket that follows it (its inside, trimmed). */
function idItems(line: Token): { start: number; end: number; ann?: Token }[] {
  const t = line.text;
  const out: { start: number; end: number; ann?: Token }[] = [];
  let k = 0;
  while (k < t.length) {
    while (k < t.length && /\s/.test(t[k]!)) k++;
    if (k >= t.length) break;
    if (t[k] === '(' && out.length > 0 && !out[out.length - 1]!.ann) {
      let depth = 0;
      let j = k;
      for (; j < t.length; j++) {
        if (t[j] === '(') depth++;
        else if (t[j] === ')' && --depth === 0) break;
      }
      // Only a bracket that names an ID type types the ID before it (`Bicycling and Diabetes (17-25)` is one ID).
      if (j < t.length && lookupTerm(V.secondaryIdType, t.slice(k + 1, j).split(':')[0]!.trim())) {
        const inner = t.slice(k + 1, j);
        const lead = inner.length - inner.trimStart().length;
        const trimmed = inner.trim();
        if (trimmed) out[out.length - 1]!.ann = sub(line, k + 1 + lead, k + 1 + lead + trimmed.length);
        k = j + 1;
        continue;
      }
    }
    const from = k;
    while (k < t.length && !/\s/.test(t[k]!)) k++;
    out.push({ start: line.start + from, end: line.start + k });
  }
  return out;
}

/** A secondary ID with its `Type: domain` annotation, if any. */
/** The balanced bracket that ends a text: where it opens (the text before, trimmed) and its trimmed inside. */
function trailingBracket(t: string): { open: number; start: number; end: number } | undefined {
  const close = t.trimEnd().length - 1;
  if (close < 0 || t[close] !== ')') return undefined;
  let depth = 0;
  for (let k = close; k >= 0; k--) {
    if (t[k] === ')') depth++;
    else if (t[k] === '(' && --depth === 0) {
      let open = k;
      while (open > 0 && /\s/.test(t[open - 1]!)) open--;
      let start = k + 1;
      while (start < close && /\s/.test(t[start]!)) start++;
      let end = close;
      while (end > start && /\s/.test(t[end - 1]!)) end--;
      // No id before it: the whole text is the id.
      return open > 0 && end > start ? { open, start, end } : undefined;
    }
  }
  return undefined;
}

function secondaryId(idTok: Token, ann: Token | undefined, end: number): SecondaryId {
  const sec: Mutable<SecondaryId> = { range: { start: idTok.start, end }, id: text(idTok) };
  if (ann) {
    const colon = ann.text.indexOf(':');
    const typeTok = colon < 0 ? ann : sub(ann, 0, colon);
    sec.type = enumValue(V.secondaryIdType, { ...typeTok, text: typeTok.text.trim() });
    if (colon >= 0) {
      const d = ann.text.slice(colon + 1);
      const lead = d.length - d.trimStart().length;
      sec.domain = text(sub(ann, colon + 1 + lead, ann.text.length));
    }
  }
  return sec;
}
