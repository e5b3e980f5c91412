import { useId, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import { originOf } from '@/lib/settings/mastodon-instances';
import { HostSchema } from '@/lib/settings/schema';

/** The host permissions the options page asks for and gives back; passed in so tests can give fakes. */
export interface HostPermissions {
  /** Shows the browser's prompt; it only works straight from a user gesture (a click, Enter). */
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<boolean>;
}

/** Served by the manifest itself, so it is listed but cannot be removed. */
const BUILT_IN_INSTANCE = 'mastodon.social';

/** What people paste: a URL like `https://fosstodon.org/home` is taken as its host. */
function hostFromInput(input: string): string {
  return input.trim().replace(/^https?:\/\//i, '').replace(/[/?#].*$/, '');
}

interface MastodonInstancesProps {
  hosts: readonly string[];
  permissions: HostPermissions;
  onAdd(host: string): Promise<void>;
  onRemove(host: string): Promise<void>;
  t: Translate;
}

type Notice = { kind: 'error' | 'done'; text: string };

/** The Mastodon servers Post Coach works on: mastodon.social plus the ones the user adds and grants. */
export function MastodonInstances({ hosts, permissions, onAdd, onRemove, t }: MastodonInstancesProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    const parsed = HostSchema.safeParse(hostFromInput(input));
    if (!parsed.success) {
      setNotice({ kind: 'error', text: t('options.mastodonInvalid', { host: input.trim() }) });
      return;
    }
    const host = parsed.data;
    if (host === BUILT_IN_INSTANCE || hosts.includes(host)) {
      setNotice({ kind: 'error', text: t('options.mastodonDuplicate', { host }) });
      return;
    }
    // Nothing may be awaited before this call: the browser shows the prompt only during the user's gesture.
    void permissions
      .request(originOf(host))
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setNotice({ kind: 'error', text: t('options.mastodonDenied', { host }) });
          return;
        }
        await onAdd(host);
        setInput('');
        setNotice({ kind: 'done', text: t('options.mastodonAdded', { host }) });
      });
  }

  async function remove(host: string) {
    await permissions.remove(originOf(host)).catch(() => false);
    await onRemove(host);
    setNotice(null);
    // The button that had focus is gone with its row.
    inputRef.current?.focus();
  }

  return (
    <div className="mastodon" data-pc="mastodon">
      <ul className="host-list" data-pc="mastodon-hosts">
        <li data-host={BUILT_IN_INSTANCE}>
          <span className="host">{BUILT_IN_INSTANCE}</span>
          <span className="muted">{t('options.mastodonBuiltIn')}</span>
        </li>
        {hosts.map((host) => (
          <li key={host} data-host={host}>
            <span className="host">{host}</span>
            <button type="button" data-pc="mastodon-remove" aria-label={t('options.mastodonRemoveLabel', { host })} onClick={() => void remove(host)}>
              {t('options.mastodonRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="add-host" onSubmit={add} noValidate>
        <label htmlFor={id}>{t('options.mastodonHost')}</label>
        <div className="row">
          <input
            ref={inputRef}
            id={id}
            data-pc="mastodon-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder="fosstodon.org"
            aria-invalid={notice?.kind === 'error' || undefined}
            aria-describedby={`${id}-notice`}
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" data-pc="mastodon-add">
            {t('options.mastodonAdd')}
          </button>
        </div>
        <p id={`${id}-notice`} className="notice" role="status" data-pc="mastodon-notice" data-kind={notice?.kind}>
          {notice?.text}
        </p>
      </form>
    </div>
  );
}
