// Entry point the extension host calls (the same for @vscode/test-electron and the offline runner).
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false });
  mocha.addFile(join(__dirname, 'extension.test.js'));
  const passes: string[] = [];
  const failures: { title: string; error: string }[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failed) => {
      const file = process.env.TRIAL_RECORD_TEST_RESULTS;
      if (file) writeFileSync(file, JSON.stringify({ passes, failures }));
      if (failed > 0) reject(new Error(`${failed} test(s) failed`));
      else resolve();
    });
    runner.on('pass', (t) => passes.push(t.fullTitle()));
    runner.on('fail', (t, err: Error) => failures.push({ title: t.fullTitle(), error: err.stack ?? err.message }));
  });
}
