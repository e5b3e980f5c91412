import { useId, useRef, useState, type FormEvent } from 'react';
import type { Translate } from '@/lib/i18n/translate';
import type { MessageKey } from '@/locales/en';
import { originOf } from '@/lib/settings/host-scripts';
import { HostSchema } from '@/lib/settings/schema';

/** The host permissions the options page asks for and gives back; passed in so tests can give fakes. */
export interface HostPermissions {
  /** Shows the browser's prompt; it only works straight from a user gesture (a click, Enter). */
  request(origin: string): Promise<boolean>;
  remove(origin: string): Promise<boolean>;
}

/** What people paste: a URL like `https://fosstodon.org/home` is taken as its host. */
function hostFromInput(input: string): string {
  return input.trim().replace(/^https?:\/\//i, '').replace(/[/?#].*$/, '');
}

/** The interface strings of one list (`{host}` is filled in where the text names it). */
export interface HostListTexts {
  host: MessageKey;
  add: MessageKey;
  remove: MessageKey;
  removeLabel: MessageKey;
  invalid: MessageKey;
  duplicate: MessageKey;
  denied: MessageKey;
  added: MessageKey;
}

interface HostPermissionListProps {
  /** Names the list's controls for tests and styles: `<name>-input`, `<name>-add`, `<name>-remove`, … */
  name: string;
  /** A host served by the manifest itself: listed, but it cannot be removed. */
  builtIn?: { host: string; label: MessageKey };
  placeholder: string;
  texts: HostListTexts;
  hosts: readonly string[];
  permissions: HostPermissions;
  onAdd(host: string): Promise<void>;
  onRemove(host: string): Promise<void>;
  t: Translate;
}

type Notice = { kind: 'error' | 'done'; text: string };

/** Hosts Post Coach works on besides the built-in ones, each added by the user and granted through the browser's prompt. */
export function HostPermissionList({ name, builtIn, placeholder, texts, hosts, permissions, onAdd, onRemove, t }: HostPermissionListProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const [notice, setNotice] = useState<Notice | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  function add(event: FormEvent) {
    event.preventDefault();
    const parsed = HostSchema.safeParse(hostFromInput(input));
    if (!parsed.success) {
      setNotice({ kind: 'error', text: t(texts.invalid, { host: input.trim() }) });
      return;
    }
    const host = parsed.data;
    if (host === builtIn?.host || hosts.includes(host)) {
      setNotice({ kind: 'error', text: t(texts.duplicate, { host }) });
      return;
    }
    // Nothing may be awaited before this call: the browser shows the prompt only during the user's gesture.
    void permissions
      .request(originOf(host))
      .catch(() => false)
      .then(async (granted) => {
        if (!granted) {
          setNotice({ kind: 'error', text: t(texts.denied, { host }) });
          return;
        }
        await onAdd(host);
        setInput('');
        setNotice({ kind: 'done', text: t(texts.added, { host }) });
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
    <div className={name} data-pc={name}>
      <ul className="host-list" data-pc={`${name}-hosts`}>
        {builtIn && (
          <li data-host={builtIn.host}>
            <span className="host">{builtIn.host}</span>
            <span className="muted">{t(builtIn.label)}</span>
          </li>
        )}
        {hosts.map((host) => (
          <li key={host} data-host={host}>
            <span className="host">{host}</span>
            <button type="button" data-pc={`${name}-remove`} aria-label={t(texts.removeLabel, { host })} onClick={() => void remove(host)}>
              {t(texts.remove)}
            </button>
          </li>
        ))}
      </ul>
      <form className="add-host" onSubmit={add} noValidate>
        <label htmlFor={id}>{t(texts.host)}</label>
        <div className="row">
          <input
            ref={inputRef}
            id={id}
            data-pc={`${name}-input`}
            type="text"
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            placeholder={placeholder}
            aria-invalid={notice?.kind === 'error' || undefined}
            aria-describedby={`${id}-notice`}
            value={input}
            onChange={(event) => setInput(event.target.value)}
          />
          <button type="submit" data-pc={`${name}-add`}>
            {t(texts.add)}
          </button>
        </div>
        <p id={`${id}-notice`} className="notice" role="status" data-pc={`${name}-notice`} data-kind={notice?.kind}>
          {notice?.text}
        </p>
      </form>
    </div>
  );
}
