import * as z from 'zod';
import { defineRule } from '../define-rule';
import { compileLexicon } from '../lexicon';
import {
  credentialKeyNames,
  harmlessKeyNames,
  passwordKeyNames,
  placeholderMarkers,
  placeholderValues,
  secretFormats,
} from '../lexicons/common/no-secrets';
import * as en from '../lexicons/en/no-secrets';
import * as it from '../lexicons/it/no-secrets';
import { redact } from '../redact';
import { keepDisjoint } from '../overlaps';
import { execAll } from '../exec-all';
import { paragraphTexts } from '../segment';

type MessageId = 'providerToken' | 'privateKey' | 'credentialUrl' | 'assignedSecret' | 'sharedPassword';

interface Candidate {
  start: number;
  end: number;
  rank: number;
  messageId: MessageId;
  data: Record<string, string>;
}

// Provider formats without context, in one pattern: group `f<i>` tells which format matched.
const tokenFormats = secretFormats.map((format, index) => ({ format, index })).filter(({ format }) => !format.context);
const TOKEN_FORMATS = new RegExp(
  `(?<![A-Za-z])(?:${tokenFormats.map(({ format, index }) => `(?<f${index}>${format.pattern})`).join('|')})`,
  'g',
);
const contextFormats = secretFormats
  .filter((format) => format.context)
  .map((format) => ({ format, pattern: new RegExp(`(?<![A-Za-z])${format.pattern}`, 'gi') }));
// The shortest provider credential (an AWS key id) has 20 characters: shorter words cannot be one.
const MIN_TOKEN_LENGTH = 20;

const PRIVATE_KEY_HEADER = /-----BEGIN ((?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?)-----/g;
// Real keys have hundreds of base64 characters; "…", "xxx" or a one-line stub is a placeholder.
const MIN_KEY_BODY = 64;
const MAX_KEY_LENGTH = 20000;
const KEY_FOOTER = /-----END[A-Z0-9 ]*-*/y;

// scheme://user:password@host — the password may itself contain "@", so the last "@" before the host wins.
const CREDENTIAL_URL = /:\/\/([^\s:@/"'<>]{1,64}):([^\s/"'<>]{1,128})@([A-Za-z0-9._[\]-]+)/g;
const LOCAL_HOST = /^(?:localhost|127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[::1\])$/i;

// KEY_NAME = value, "key": "value", key: value, key := value. The name must end with a credential word.
const ASSIGNMENT_HINT = new RegExp(`(?:${credentialKeyNames.join('|')})["']?\\s*(?::=|=>|=|:)`, 'i');
const ASSIGNMENT = new RegExp(
  `(?<![A-Za-z0-9_.-])([A-Za-z0-9_.-]*?(?:${credentialKeyNames.join('|')}))["']?\\s*(?::=|=>|=|:)\\s*["'\`]?([^\\s"'\`,;<>]{1,200})`,
  'gi',
);

// "the password is X", "la password è X": the lexicon phrase, then the value.
const PASSWORD_NOUN = compileLexicon([...en.passwordNouns, ...it.passwordNouns, ...en.loginNouns, ...it.loginNouns]);
const DISCLOSURE = new RegExp(
  `${compileLexicon([...en.passwordDisclosures, ...it.passwordDisclosures, ...en.loginDisclosures, ...it.loginDisclosures]).source}\\s*["'“‘«]?([^\\s"'”’»,;]{1,100})`,
  'giu',
);
/** A PIN is short and all digits: what would be too weak for a password is exactly what a PIN is. */
const PIN_DISCLOSURE = /(?<![\p{L}])pin(?![\p{L}])/iu;
const PIN_VALUE = /^\d{4,8}$/;

const placeholderSet = new Set(placeholderValues);
const ENV_NAME = /^[A-Z]+(?:_[A-Z0-9]+)+$/;
const DOTTED_IDENTIFIER = /^[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)+$/;

function isPlaceholder(value: string): boolean {
  return (
    placeholderMarkers.test(value) ||
    placeholderSet.has(value.toLowerCase().replace(/[^a-z0-9]/g, '')) ||
    /^(.)\1*$/.test(value)
  );
}

function entropy(value: string): number {
  const counts = new Map<string, number>();
  for (const char of value) counts.set(char, (counts.get(char) ?? 0) + 1);
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / value.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A value someone chose or generated as a credential, not a word, a variable or a stand-in: long enough,
 * several kinds of character (a digit or symbol among them unless it is long), and not repetitive.
 */
function looksLikeSecret(value: string, minLength: number): boolean {
  if (value.length < minLength || isPlaceholder(value)) return false;
  if (ENV_NAME.test(value) || DOTTED_IDENTIFIER.test(value) || /[()]|:\/\/|^-{3}|^[$%~]|^\.{0,2}\//.test(value)) return false;
  const hasLower = /\p{Ll}/u.test(value);
  const hasUpper = /\p{Lu}/u.test(value);
  const hasDigitOrSymbol = /[^\p{L}_.-]/u.test(value);
  const kinds = Number(hasLower) + Number(hasUpper) + Number(/\d/.test(value)) + Number(/[^\p{L}\d_.-]/u.test(value));
  if (kinds < 2 || (!hasDigitOrSymbol && value.length < 12)) return false;
  return entropy(value) >= 2.5;
}

function trimValue(value: string): string {
  return value.replace(/(?<![.,;:!?)\]}>])[.,;:!?)\]}>]+$/, '');
}

function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** Whether a run of non-space characters is long enough to hold a credential (most prose has none). */
function hasLongToken(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    run = isSpace(text.charCodeAt(i)) ? 0 : run + 1;
    if (run >= MIN_TOKEN_LENGTH) return true;
  }
  return false;
}

function pushToken(found: Candidate[], provider: string, value: string, start: number): void {
  if (isPlaceholder(value)) return;
  found.push({
    start,
    end: start + value.length,
    rank: 1,
    messageId: 'providerToken',
    data: { provider, preview: redact(value) },
  });
}

function findProviderTokens(text: string, found: Candidate[]): void {
  if (hasLongToken(text)) {
    for (const match of execAll(TOKEN_FORMATS, text)) {
      const key = Object.keys(match.groups!).find((name) => match.groups![name] !== undefined)!;
      pushToken(found, secretFormats[Number(key.slice(1))]!.provider, match[0], match.index);
    }
  }
  for (const { format, pattern } of contextFormats) {
    if (!format.context!.test(text)) continue;
    for (const match of execAll(pattern, text)) pushToken(found, format.provider, match[0], match.index);
  }
}

function findPrivateKeys(text: string, found: Candidate[]): void {
  if (!text.includes('PRIVATE KEY')) return;
  for (const header of execAll(PRIVATE_KEY_HEADER, text)) {
    const bodyStart = header.index + header[0].length;
    const endMarker = text.indexOf('-----END', bodyStart);
    const bodyEnd = endMarker >= 0 && endMarker - bodyStart < MAX_KEY_LENGTH ? endMarker : Math.min(text.length, bodyStart + 4000);
    const body = text.slice(bodyStart, bodyEnd).replace(/\\n/g, '');
    if (placeholderMarkers.test(body) || (body.match(/[A-Za-z0-9+/=]/g)?.length ?? 0) < MIN_KEY_BODY) continue;
    let end = bodyEnd;
    if (endMarker === bodyEnd) {
      KEY_FOOTER.lastIndex = endMarker;
      end = endMarker + (KEY_FOOTER.exec(text)?.[0].length ?? 0);
    }
    found.push({ start: header.index, end, rank: 0, messageId: 'privateKey', data: { label: header[1]! } });
  }
}

function findCredentialUrls(text: string, found: Candidate[]): void {
  if (!text.includes('://')) return;
  for (const match of execAll(CREDENTIAL_URL, text)) {
    const [, user, password, host] = match as unknown as [string, string, string, string];
    if (LOCAL_HOST.test(host) || password === user || password.length < 4 || isPlaceholder(password)) continue;
    const start = match.index + match[0].length - host.length - 1 - password.length;
    found.push({
      start,
      end: start + password.length,
      rank: 2,
      messageId: 'credentialUrl',
      data: { preview: redact(password) },
    });
  }
}

function findAssignments(text: string, found: Candidate[]): void {
  if (!ASSIGNMENT_HINT.test(text)) return;
  for (const match of execAll(ASSIGNMENT, text)) {
    const name = match[1]!;
    if (harmlessKeyNames.test(name)) continue;
    // In a link's query string (?token=…&page=2) the value ends at the next parameter.
    const inQuery = /[?&]/.test(text[match.index - 1] ?? '');
    const value = trimValue(inQuery ? match[2]!.split(/[&#]/)[0]! : match[2]!);
    if (!looksLikeSecret(value, passwordKeyNames.test(name) ? 6 : 12)) continue;
    const start = match.index + match[0].length - match[2]!.length;
    found.push({
      start,
      end: start + value.length,
      rank: 3,
      messageId: 'assignedSecret',
      data: { name, preview: redact(value) },
    });
  }
}

function findDisclosures(text: string, found: Candidate[]): void {
  PASSWORD_NOUN.lastIndex = 0;
  if (!PASSWORD_NOUN.test(text)) return;
  for (const match of execAll(DISCLOSURE, text)) {
    const raw = match[match.length - 1]!;
    const value = trimValue(raw);
    const pin = PIN_DISCLOSURE.test(match[0]) && PIN_VALUE.test(value);
    if (!pin && !looksLikeSecret(value, 6)) continue;
    const start = match.index + match[0].length - raw.length;
    found.push({ start, end: start + value.length, rank: 3, messageId: 'sharedPassword', data: { preview: redact(value) } });
  }
}

/** The credentials of one paragraph but private keys, with offsets into it (one shared empty list for most paragraphs). */
function findInParagraph(text: string): readonly Candidate[] {
  const found: Candidate[] = [];
  findProviderTokens(text, found);
  findCredentialUrls(text, found);
  findAssignments(text, found);
  findDisclosures(text, found);
  return found.length ? found : NO_CANDIDATES;
}
const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);

/** Credentials pasted into a post: anyone who reads it can use them, and search engines keep them. */
export default defineRule({
  id: 'no-secrets',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  // A private key spans lines, and config snippets do not split into sentences.
  scope: 'document',
  options: z.object({}),
  messageIds: ['providerToken', 'privateKey', 'credentialUrl', 'assignedSecret', 'sharedPassword'],
  messages: {
    en: {
      name: 'Passwords, keys and tokens',
      description:
        'Flags credentials in a post: provider API keys and tokens (AWS, GitHub, Slack, Stripe, OpenAI…), private keys, passwords in links, configuration values and sentences. Placeholders such as <your-token> or xxxx stay quiet.',
      messages: {
        providerToken: {
          message: 'This looks like a real {provider} credential ({preview}).',
          why: 'Anyone who reads the post can use it, bots scan social sites for keys within minutes, and deleting the post does not take it back from screenshots and archives.',
          fix: 'Remove it and revoke it in {provider} now, then create a new one. In examples, write a placeholder such as <your-token>.',
        },
        privateKey: {
          message: 'The post contains a private key ({label}).',
          why: 'A private key proves who you are to servers and services: whoever copies it can log in or sign in your name.',
          fix: 'Remove the key, replace it on every server that trusts it, and share only the public key if needed.',
        },
        credentialUrl: {
          message: 'This link carries a password ({preview}).',
          why: 'A user:password@host link opens the service to anyone who reads it, and links get copied, previewed and archived.',
          fix: 'Remove the password from the link and change it; in examples write user:<password>@host.',
        },
        assignedSecret: {
          message: '{name} is set to what looks like a real secret ({preview}).',
          why: 'Configuration pasted into a post often carries live credentials that give access to systems and data.',
          fix: 'Replace the value with a placeholder such as <secret> and rotate the real one if it was ever published.',
        },
        sharedPassword: {
          message: 'The post gives out a password ({preview}).',
          why: 'A password in a public post is no longer a password: anyone, including people you did not mean to reach, can use it.',
          fix: 'Remove it and change it. Share access through a password manager or a private message to the people who need it.',
        },
      },
    },
    it: {
      name: 'Password, chiavi e token',
      description:
        'Segnala credenziali in un post: chiavi API e token dei fornitori (AWS, GitHub, Slack, Stripe, OpenAI…), chiavi private, password nei link, nei valori di configurazione e nelle frasi. I segnaposto come <tuo-token> o xxxx non vengono segnalati.',
      messages: {
        providerToken: {
          message: 'Sembra una credenziale {provider} vera ({preview}).',
          why: 'Chiunque legga il post può usarla, i bot cercano chiavi sui social in pochi minuti, e cancellare il post non la toglie da screenshot e archivi.',
          fix: 'Toglila e revocala subito in {provider}, poi creane una nuova. Negli esempi usa un segnaposto come <tuo-token>.',
        },
        privateKey: {
          message: 'Il post contiene una chiave privata ({label}).',
          why: 'Una chiave privata dimostra chi sei a server e servizi: chi la copia può entrare o firmare a nome tuo.',
          fix: 'Togli la chiave, sostituiscila su tutti i server che la accettano e, se serve, condividi solo la chiave pubblica.',
        },
        credentialUrl: {
          message: 'Questo link contiene una password ({preview}).',
          why: 'Un link utente:password@host apre il servizio a chiunque lo legga, e i link vengono copiati, mostrati in anteprima e archiviati.',
          fix: 'Togli la password dal link e cambiala; negli esempi scrivi utente:<password>@host.',
        },
        assignedSecret: {
          message: '{name} ha un valore che sembra un segreto vero ({preview}).',
          why: 'La configurazione incollata in un post spesso contiene credenziali attive che danno accesso a sistemi e dati.',
          fix: 'Sostituisci il valore con un segnaposto come <segreto> e cambia quello vero se è mai stato pubblicato.',
        },
        sharedPassword: {
          message: 'Il post comunica una password ({preview}).',
          why: 'Una password in un post pubblico non è più una password: chiunque, anche chi non volevi raggiungere, può usarla.',
          fix: "Toglila e cambiala. Condividi l'accesso con un password manager o in privato con chi ne ha bisogno.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'Finally got the deploy working! For anyone stuck, my .env is:\nGITHUB_TOKEN=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',
      { text: 'Per chi arriva domani: la password del wifi è Orto#Botanico24, la trovate anche alla reception.', language: 'it' },
    ],
    ok: [
      'Never paste tokens in posts: use a password manager and keep GITHUB_TOKEN=<your-token> in your .env file.',
      { text: 'Nel tutorial usate API_KEY=YOUR_API_KEY e sostituitela con la vostra chiave solo in locale.', language: 'it' },
    ],
  },
  check({ text, paragraphs, memo, report }) {
    const found: Candidate[] = [];
    // A private key may hold a blank line (an encrypted key's headers): it is searched in the whole draft.
    findPrivateKeys(text, found);
    // The rest sits within a paragraph: each is searched once, and typing searches only the one it changes.
    const texts = paragraphTexts(text, paragraphs);
    paragraphs.forEach((paragraph, index) => {
      const paragraphText = texts[index]!;
      for (const candidate of memo(paragraphText, () => findInParagraph(paragraphText))) {
        found.push({ ...candidate, start: paragraph.start + candidate.start, end: paragraph.start + candidate.end });
      }
    });
    for (const candidate of keepDisjoint(found)) {
      report({ messageId: candidate.messageId, data: candidate.data, span: candidate });
    }
  },
});
