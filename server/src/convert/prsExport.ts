// Records → one PRS upload file (<study_collection>), validated against the official schema
// before anyone writes it. Schema errors are reported at the record line the element came from.

import type { TrialRecord } from '../model/types';
import type { SyntaxTree } from '../parser/syntax';
import { exportRecord } from './export';
import { originOf } from './origin';
// Only the validator's type: the caller brings the check (Node runs xmllint-wasm; a browser has none).
import type { PrsValidator } from './prsSchema';
import { prsCollection, prsStudy } from './prsWrite';
import { writeXml, type XmlNode } from './xmlWrite';

export interface PrsInput {
  /** Used in messages (a file name or URI). */
  readonly name: string;
  readonly record: TrialRecord;
  readonly tree: SyntaxTree;
  /** 0-based line of an offset in the record. */
  readonly lineOf: (offset: number) => number;
}

export interface PrsNote {
  readonly name: string;
  readonly message: string;
}

export interface PrsProblem {
  readonly name: string;
  /** 0-based record line the element came from; absent when no line is known. */
  readonly line?: number;
  /** 1-based line of the XML. */
  readonly xmlLine: number;
  readonly message: string;
}

export interface PrsExport {
  readonly xml: string;
  readonly notes: readonly PrsNote[];
  /** Schema errors: when there is any, the XML must not be written. */
  readonly problems: readonly PrsProblem[];
}

/** Prefixes every origin with the study's index, so an XML line leads back to its record. */
function tagged(n: XmlNode, k: number): XmlNode {
  return { ...n, ...(n.at ? { at: `${k}:${n.at}` } : {}), ...(n.children ? { children: n.children.map((c) => tagged(c, k)) } : {}) };
}

export async function exportPrs(inputs: readonly PrsInput[], org: string, validate: PrsValidator): Promise<PrsExport> {
  const notes: PrsNote[] = [];
  const studies = inputs.map((input, k) => {
    const api = exportRecord({ record: input.record, text: input.tree.text });
    const prs = prsStudy(api.study.protocolSection, org);
    for (const message of [...api.notes, ...prs.notes]) notes.push({ name: input.name, message });
    return tagged({ ...prs.node, at: 'study' }, k);
  });
  const { xml, origins } = writeXml(prsCollection(studies));
  const errors = await validate(xml);
  const problems = errors.map((e): PrsProblem => {
    const origin = origins[e.line - 1];
    const colon = origin ? origin.indexOf(':') : -1;
    const input = colon > 0 ? inputs[Number(origin!.slice(0, colon))] : inputs.length === 1 ? inputs[0] : undefined;
    const path = colon > 0 ? origin!.slice(colon + 1) : '';
    const span = input && path !== '' ? originOf(path, input.record, input.tree) : undefined;
    return { name: input?.name ?? '(upload)', ...(span && input ? { line: input.lineOf(span.start) } : {}), xmlLine: e.line, message: e.message };
  });
  return { xml, notes, problems };
}
