// Writes the generated artifacts; tests fail when the committed files differ (`npm run gen`):
// - syntaxes/trial-record.tmLanguage.json, from the parser's tables;
// - package.json contributes.configuration, from the settings and the rule registry;
// - the rules table in README.md and docs/rules/README.md;
// - the rule registry, server/src/rules/index.ts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { grammar } from '../server/src/grammar';
import { configuration, rulesReadmeTable, rulesIndexPage } from '../server/src/contributions';

const root = join(__dirname, '..', '..');
const write = (p: string, s: string) => writeFileSync(join(root, p), s);

// The rule registry: every file of server/src/rules except index.ts and types.ts.
const ruleFiles = readdirSync(join(root, 'server', 'src', 'rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && f !== 'types.ts').map((f) => f.slice(0, -3)).sort();
const camel = (id: string) => id.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
write(
  'server/src/rules/index.ts',
  `// The registry: every rule, in one list. Adding a rule is one file in this folder, one page in
// docs/rules/<id>.md (a test fails without it) and \`npm run gen\`, which writes this file.

${ruleFiles.map((f) => `import ${camel(f)} from './${f}';`).join('\n')}
import type { Rule } from './types';

export const RULES: readonly Rule[] = [
${ruleFiles.map((f) => `  ${camel(f)},`).join('\n')}
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
`,
);

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
