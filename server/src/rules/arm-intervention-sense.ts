import { isInterventional } from './support/presence';
import type { Finding, Rule } from './types';

const PLACEBO = /\b(?:placebo|sham|dummy|vehicle|saline|nacl|inactive|matching|lactose|sugar pill|starch)\b/i;
// A name that is a group of people, not something given to them.
const GROUP = /^(?:(?:the\s+)?(?:patients?|participants?|subjects?|healthy (?:volunteers?|controls?|subjects?)|volunteers?|control group|cases?|cohort\s*\w*|group\s*\w*|arm\s*\w*)(?:\s+(?:with|without|who|of|in|aged|from)\b.*)?)$/i;

/**
 * C9/C14: the arms make sense together. A No Intervention arm receives nothing; a Placebo
 * Comparator arm gets a placebo, not only what the experimental arm gets; an intervention is
 * something given, not a group of participants.
 */
const rule: Rule = {
  id: 'arm-intervention-sense',
  title: 'Arms and interventions do not make sense together',
  severity: 'warning',
  tags: ['consistency'],
  reference: ['C9', 'C14'],
  check(r) {
    if (!isInterventional(r)) return [];
    const out: Finding[] = [];
    const given = (k: number | undefined) => (k === undefined ? undefined : r.interventions[k]);
    for (const arm of r.arms) {
      const name = arm.label?.value ?? '(no label)';
      if (arm.type?.code === 'NO_INTERVENTION' && arm.interventions.length > 0) {
        out.push({ range: arm.type.range, message: `Arm "${name}" is a No Intervention arm but names ${arm.interventions.map((i) => `"${i.name?.value ?? '?'}"`).join(', ')}: give it another type (e.g. Active Comparator or Other), or take the interventions out of it.` });
      }
      if (arm.type?.code === 'PLACEBO_COMPARATOR' && arm.interventions.length > 0) {
        const ivs = arm.interventions.map((i) => given(i.intervention));
        // The placebo may be named in the intervention or described in the arm itself.
        const hasPlacebo = PLACEBO.test(`${arm.label?.value ?? ''} ${arm.description?.value ?? ''}`) || ivs.some((iv) => PLACEBO.test(`${iv?.name?.value ?? ''} ${iv?.otherNames.map((o) => o.value).join(' ') ?? ''} ${iv?.description?.value ?? ''}`));
        const active = r.arms.filter((a) => a !== arm && (a.type?.code === 'EXPERIMENTAL' || a.type?.code === 'ACTIVE_COMPARATOR'));
        const shared = arm.interventions.every((i) => active.some((a) => a.interventions.some((j) => j.intervention === i.intervention)));
        if (!hasPlacebo && shared && active.length > 0) {
          out.push({ range: arm.label?.range ?? arm.range, message: `Placebo Comparator arm "${name}" names only interventions its experimental arm gets too, and no placebo: name the placebo it receives (e.g. "Drug: Placebo"), or give the arm another type.` });
        }
      }
    }
    for (const iv of r.interventions) {
      const n = iv.name?.value.trim() ?? '';
      if (n && GROUP.test(n)) out.push({ range: iv.name!.range, message: `Intervention "${n}" names a group of participants, not what they receive: name the drug, device, procedure or behaviour, and describe the group in the arm.` });
    }
    return out;
  },
};
export default rule;
