// Writes the generated artifacts: the TextMate grammar. `npm run gen`; tests fail on drift.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../server/src/grammar';

const root = join(__dirname, '..', '..');
writeFileSync(join(root, 'syntaxes', 'trial-record.tmLanguage.json'), `${JSON.stringify(grammar(), null, 2)}\n`);
console.log('wrote syntaxes/trial-record.tmLanguage.json');
