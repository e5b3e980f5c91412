import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../settings/policy';
import { parsePackText } from './parse';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const blocks = (language: string) => [...readme.matchAll(new RegExp('```' + language + '\\n([\\s\\S]*?)```', 'g'))].map((match) => match[1]!);

/** A registry export's string values, as Chrome reads them: JSON text. */
function registryValues(text: string): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const line of text.split('\n')) {
    const found = /^"(\w+)"="(.*)"$/.exec(line.trim());
    if (found) values[found[1]!] = JSON.parse(found[2]!.replace(/\\"/g, '"'));
  }
  return values;
}

describe('the README examples', () => {
  const json = blocks('json').map((text) => JSON.parse(text) as Record<string, unknown>);
  it('every example pack is valid, in JSON and YAML', () => {
    const packs = [...json.filter((block) => 'rules' in block).map((block) => JSON.stringify(block)), ...blocks('yaml')];
    expect(packs.length).toBeGreaterThanOrEqual(2);
    for (const text of packs) expect(parsePackText(text)).toMatchObject({ ok: true });
  });

  it('every example policy (Chrome and Edge JSON and registry, Firefox) parses with no problem', () => {
    const chrome = json.flatMap((block) => Object.values(((block['3rdparty'] as { extensions?: object } | undefined)?.extensions ?? {}) as Record<string, unknown>));
    const firefox = json.flatMap((block) => Object.values(((block.policies as { '3rdparty'?: { Extensions?: object } } | undefined)?.['3rdparty']?.Extensions ?? {}) as Record<string, unknown>));
    const registry = blocks('reg').map(registryValues);
    expect([chrome.length, firefox.length, registry.length]).toEqual([2, 2, 2]);
    for (const policy of [...chrome, ...firefox, ...registry]) {
      const parsed = parsePolicy(policy);
      expect(parsed.problems).toEqual([]);
      expect(parsed.pack?.name).toBe('acme');
      expect(Object.keys(parsed.settings).length).toBeGreaterThan(0);
    }
  });
});
