// Prints a record's syntax tree in a readable form: `node out/scripts/dump-tree.js <file>`.
import { readFileSync } from 'node:fs';
import { parse } from '../server/src/parser/parse';

const tree = parse(readFileSync(process.argv[2]!, 'utf8'));
const short = (s: string | undefined) => JSON.stringify((s ?? '').slice(0, 100));
console.log('layout', tree.layout);
for (const s of tree.sections) {
  console.log(`== ${s.id} ${s.heading ? short(s.heading.text) : '(implied)'} [${s.start},${s.end})`);
  for (const b of s.blocks) console.log('  ', JSON.stringify(b, (k, v) => (k === 'start' || k === 'end' ? undefined : typeof v === 'object' && v && typeof v.text === 'string' && 'start' in v ? v.text.slice(0, 80) : v)).slice(0, 600));
}
