// Prints a record's model as JSON without ranges: `node out/scripts/dump-model.js <file>`.
import { readFileSync } from 'node:fs';
import { parse } from '../server/src/parser/parse';
import { buildModel } from '../server/src/model/build';

const model = buildModel(parse(readFileSync(process.argv[2]!, 'utf8')));
const keep = process.argv.includes('--ranges');
console.log(JSON.stringify(model, (k, v) => (!keep && (k === 'range' || k === 'raw' || k === 'references' || k === 'sections') ? undefined : v), 1));
