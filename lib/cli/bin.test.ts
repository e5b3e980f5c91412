import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { ReportSchema } from '../analysis/schema';

// Each spawn costs about a second (tsx and the rules load), so these stay few; the rest is tested without spawning.
const bin = fileURLToPath(new URL('./bin.js', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'post-coach-cli-'));
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

function run(args: string[], input = '') {
  const { FORCE_COLOR: _forced, ...inherited } = process.env;
  const env = { ...inherited, NO_COLOR: '1' };
  // Run from elsewhere, as a linked command would: nothing may depend on the working directory.
  return spawnSync(process.execPath, [bin, ...args], { cwd: workDir, input, env, encoding: 'utf8', timeout: 30_000 });
}

describe('post-coach check (spawned)', { timeout: 60_000 }, () => {
  it('checks JSON lines from stdin, one output line per input line, and fails on a bad line', () => {
    const input = [
      JSON.stringify({ id: 'mon', text: 'Three ways to cut a meeting in half: an agenda, a timer, a decision owner.', platform: 'x' }),
      '{"id": "tue", "text": ',
      JSON.stringify({ id: 'wed', text: 'Tre modi per dimezzare una riunione: un ordine del giorno, un timer, chi decide.', lang: 'it' }),
    ].join('\n');
    const { status, stdout, stderr } = run(['check', '--format', 'jsonl'], input);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ id: 'mon', platform: 'x' });
    expect(ReportSchema.safeParse(lines[0]).success).toBe(true);
    expect(lines[1]).toEqual({ line: 2, error: expect.stringMatching(/^Not valid JSON/) });
    expect(lines[2]).toMatchObject({ id: 'wed', language: 'it', platform: 'generic' });
    expect(status).toBe(1);
  });

  it('exits 1 for a text file over the X limit, with the finding at its line:column', () => {
    const file = join(workDir, 'thread.txt');
    writeFileSync(file, `A short opening line.\n${'One more thought on the subject. '.repeat(10)}\n`);
    const { status, stdout } = run(['check', file, '--platform', 'x']);
    expect(stdout).toContain(file);
    expect(stdout).toMatch(/^ {2}2:2\d\d {2}error {2}.* {2}max-length$/m);
    expect(stdout).toContain('/280 characters on X');
    expect(status).toBe(1);
  });

  it('speaks Italian with --ui-lang it, from the findings to the summary', () => {
    const { status, stdout } = run(['check', '--platform', 'x', '--ui-lang', 'it'], `Compra ora!!! ${'Offerta lampo. '.repeat(20)}`);
    expect(stdout).toMatch(/^ {2}1:\d+ +errore {2}.* {2}max-length$/m);
    expect(stdout).toContain('caratteri su X');
    expect(stdout).toMatch(/✖ \d+ suggerimenti \(\d+ error[ei], \d+ avvis[oi], \d+ consigl[io]\)/);
    expect(stdout).not.toMatch(/\b(?:characters|words|to read|problems|warnings?|language)\b/);
    expect(status).toBe(1);
  });
});
