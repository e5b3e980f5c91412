import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const bin = (name: string) => `${root}node_modules/.bin/${name}`;

it('the Firefox build passes web-ext lint with no errors', () => {
  execFileSync(bin('wxt'), ['build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
  // web-ext exits non-zero when it finds errors, but its JSON report is what we check.
  let output: string;
  try {
    output = execFileSync(bin('web-ext'), ['lint', '--source-dir', '.output/firefox-mv2', '--output', 'json', '--no-config-discovery'], { cwd: root, stdio: 'pipe' }).toString();
  } catch (error) {
    output = String((error as { stdout?: Buffer }).stdout ?? '');
  }
  const report = JSON.parse(output.slice(output.indexOf('{'))) as { summary: { errors: number }; errors: Array<{ code: string; message: string; file: string }> };
  expect(report.errors.map((e) => `${e.code} ${e.file}: ${e.message}`)).toEqual([]);
  expect(report.summary.errors).toBe(0);
}, 180_000);
