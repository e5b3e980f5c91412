// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { analyze } from '../analysis';
import { translator } from '../i18n/translate';
import type { Request, Response } from '../messaging/protocol';
import { DraftEntrySchema, type DraftEntry } from '../progress/schema';
import { postScore } from '../score/score';
import { ComposerSession, type SessionEnvironment } from './composer-session';
import { readDraft } from './read-draft';

const draft = 'Humbled to announce our new course. BUY NOW with code LAUNCH20!!!';

/** A session on a textarea, with a background that analyses for real and records what it is sent. */
function sessionOn(text: string, { focused = false } = {}) {
  const box = document.createElement('textarea');
  box.value = text;
  document.body.append(box);
  if (focused) box.focus();
  const recorded: DraftEntry[] = [];
  const env: SessionEnvironment = {
    reader: { platform: 'linkedin', site: 'linkedin', kind: 'adapter', readDraft, mountPoint: (composer) => composer },
    send: async (request: Request): Promise<Response> => {
      if (request.type === 'analyze') return { type: 'report', id: request.id, report: analyze(request.text, { platform: request.platform }) };
      if (request.type === 'record-draft') recorded.push(request.entry);
      return { type: 'ok' };
    },
    ui: () => ({ language: 'en', t: translator('en'), mode: 'pro' }),
    rules: () => null,
    debounceMs: 5,
    wakeBackground: () => undefined,
    keepBackgroundAwake: () => undefined,
  };
  return { box, recorded, session: new ComposerSession(box, env) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 40));
let sessions: ComposerSession[] = [];
afterEach(() => {
  for (const session of sessions) session.destroy();
  sessions = [];
  document.body.replaceChildren();
});

describe('a compose box and the progress history', () => {
  it('records the draft when the box is left after typing, as counts and score only, the latest analysis included', async () => {
    const { box, recorded, session } = sessionOn('Humbled to announce our new course.');
    sessions.push(session);
    await settle();
    box.value = draft;
    box.dispatchEvent(new Event('input'));
    // Left before the pause in typing is over: the last keystrokes are analysed first.
    box.dispatchEvent(new Event('blur'));
    await settle();
    const findings = analyze(draft, { platform: 'linkedin' }).findings;
    expect(recorded).toHaveLength(1);
    expect(DraftEntrySchema.parse(recorded[0])).toEqual(recorded[0]);
    expect(recorded[0]).toMatchObject({ outcome: 'left', score: postScore(findings).total, worst: 'warning' });
    expect(Object.values(recorded[0]!.rules).reduce((a, b) => a + b, 0)).toBe(findings.length);
    expect(JSON.stringify(recorded)).not.toMatch(/humbled|announce|course|LAUNCH20/i);

    // Published later (a check before Publish calls this): the same draft, now published.
    session.recordProgress('published');
    expect(recorded.map(({ draftId, outcome }) => [draftId, outcome])).toEqual([
      [recorded[0]!.draftId, 'left'],
      [recorded[0]!.draftId, 'published'],
    ]);
  });

  it('does not count a box the user never typed in, nor an empty one', async () => {
    const prefilled = sessionOn(draft);
    const empty = sessionOn('');
    sessions.push(prefilled.session, empty.session);
    await settle();
    for (const { box } of [prefilled, empty]) box.dispatchEvent(new Event('blur'));
    empty.box.dispatchEvent(new Event('input'));
    await settle();
    empty.box.dispatchEvent(new Event('blur'));
    await settle();
    expect([...prefilled.recorded, ...empty.recorded]).toEqual([]);
  });

  it('counts a draft typed before the coaching started, in the box that has the focus', async () => {
    const { box, recorded, session } = sessionOn(draft, { focused: true });
    sessions.push(session);
    await settle();
    box.dispatchEvent(new Event('blur'));
    await settle();
    expect(recorded).toHaveLength(1);
  });

  it('gives the next draft a new id once the box was emptied, as after publishing', async () => {
    const { box, recorded, session } = sessionOn('');
    sessions.push(session);
    for (const text of ['First post, DM me', '', 'Second post']) {
      box.value = text;
      box.dispatchEvent(new Event('input'));
      await settle();
      box.dispatchEvent(new Event('blur'));
      await settle();
    }
    expect(recorded).toHaveLength(2);
    expect(recorded[0]!.draftId).not.toBe(recorded[1]!.draftId);
  });
});
