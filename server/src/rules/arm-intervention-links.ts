import { isObservational } from './support/presence';
import type { Finding, Rule } from './types';

/**
 * C9/C10: every intervention belongs to an arm; every arm (but No Intervention) of an
 * interventional study has an intervention; no two arms share a label.
 */
const rule: Rule = {
  id: 'arm-intervention-links',
  title: 'Arms and interventions do not link up',
  severity: 'error',
  tags: ['consistency'],
  reference: ['C9', 'C10'],
  check(r) {
    const out: Finding[] = [];
    if (r.arms.length > 0) {
      r.interventions.forEach((iv, k) => {
        if (r.arms.some((a) => a.interventions.some((ref) => ref.intervention === k))) return;
        out.push({
          range: iv.name?.range ?? iv.range,
          message: `Intervention "${iv.name?.value ?? '(no name)'}" is not given in any arm: each intervention must be associated with at least one arm (name it in the arm's Intervention/treatment cell).`,
        });
      });
    }
    // Observational groups and cohorts need no intervention: half of the registry's have none.
    for (const arm of isObservational(r) ? [] : r.arms) {
      if (arm.type?.code === 'NO_INTERVENTION' || arm.interventions.length > 0) continue;
      out.push({
        range: arm.label?.range ?? arm.range,
        message: `Arm "${arm.label?.value ?? '(no label)'}" has no intervention: every arm except a No Intervention arm names at least one intervention.`,
      });
    }
    // C10: with an Interventions section (newer layout), every intervention an arm names is defined there.
    if (r.interventions.some((iv) => iv.definedIn === 'interventions')) {
      r.interventions.forEach((iv, k) => {
        if (iv.definedIn !== 'arms') return;
        const arm = r.arms.find((a) => a.interventions.some((ref) => ref.intervention === k));
        const ref = arm?.interventions.find((x) => x.intervention === k);
        out.push({
          range: ref?.name?.range ?? iv.range,
          message: `Arm "${arm?.label?.value ?? '(no label)'}" names "${iv.name?.value ?? '(no name)'}", which is not in the Interventions section: names must match exactly (type and name).`,
          related: r.interventions.filter((x) => x.definedIn === 'interventions' && x.name).map((x) => ({ range: x.name!.range, message: `defined: ${x.type?.label ?? '?'}: ${x.name!.value}` })),
        });
      });
    }
    const seen = new Map<string, (typeof r.arms)[number]>();
    for (const arm of r.arms) {
      const key = arm.label?.value.trim().toLowerCase();
      if (!key) continue;
      const earlier = seen.get(key);
      if (earlier) out.push({ range: arm.label!.range, message: `Two arms are labelled "${arm.label!.value}": arm labels must be unique.`, related: [{ range: earlier.label!.range, message: 'the other arm' }] });
      else seen.set(key, arm);
    }
    return out;
  },
};
export default rule;
