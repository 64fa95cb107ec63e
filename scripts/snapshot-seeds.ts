// Writes test/fixtures/snapshots/<seed>.model.json from the current model. Run it only to
// start a review: every snapshot must be checked by hand against its seed before committing.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../server/src/analysis/analyze';
import { reviewable } from '../test/snapshot';

const seeds = join(__dirname, '..', '..', 'test', 'fixtures', 'seeds');
const out = join(__dirname, '..', '..', 'test', 'fixtures', 'snapshots');
for (const f of readdirSync(seeds).filter((x) => x.endsWith('.txt'))) {
  const model = reviewable(analyze(readFileSync(join(seeds, f), 'utf8')).record);
  const file = join(out, f.replace(/\.txt$/, '.model.json'));
  writeFileSync(file, `${JSON.stringify({ review: 'UNREVIEWED', seed: f, model }, null, 2)}\n`);
  console.log(file);
}
