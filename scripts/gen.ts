// Writes the generated artifacts; tests fail when the committed files differ (`npm run gen`):
// - syntaxes/trial-record.tmLanguage.json, from the parser's tables;
// - package.json contributes.configuration, from the settings and the rule registry;
// - the rules table in README.md and docs/rules/README.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../server/src/grammar';
import { configuration, rulesReadmeTable, rulesIndexPage } from '../server/src/contributions';

const root = join(__dirname, '..', '..');
const write = (p: string, s: string) => writeFileSync(join(root, p), s);

write('syntaxes/trial-record.tmLanguage.json', `${JSON.stringify(grammar(), null, 2)}\n`);

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
pkg.contributes.configuration = configuration();
write('package.json', `${JSON.stringify(pkg, null, 2)}\n`);

const readme = readFileSync(join(root, 'README.md'), 'utf8');
const marked = /(<!-- rules:start -->)[\s\S]*?(<!-- rules:end -->)/;
if (!marked.test(readme)) throw new Error('README.md lacks the <!-- rules:start --> … <!-- rules:end --> markers');
write('README.md', readme.replace(marked, `$1\n${rulesReadmeTable()}\n$2`));
write('docs/rules/README.md', rulesIndexPage());
console.log('wrote the grammar, package.json configuration, README rules table and docs/rules/README.md');
