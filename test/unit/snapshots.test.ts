// The full model of each seed against a snapshot that was checked by hand against the seed's
// text (see each file's "review" note). A change here means re-reviewing, not regenerating.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, SEED_FILES, seed } from '../helpers';
import { reviewable } from '../snapshot';

describe('model snapshots (reviewed by hand)', () => {
  for (const file of SEED_FILES) {
    it(file, () => {
      const snap = JSON.parse(readFileSync(join(FIXTURES, 'snapshots', file.replace(/\.txt$/, '.model.json')), 'utf8'));
      assert.match(snap.review, /^Reviewed by hand/, 'snapshot not reviewed');
      assert.equal(snap.seed, file);
      assert.deepEqual(reviewable(seed(file.slice(0, 3)).record), snap.model);
    });
  }
});
