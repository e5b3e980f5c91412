import * as z from 'zod';
import { isLuhnValid, isValidCodiceFiscale, isValidPartitaIva, validIbanAtStart } from '../checksums';
import { defineRule } from '../define-rule';
import { compileLexicon } from '../lexicon';
import * as en from '../lexicons/en/no-personal-data';
import * as it from '../lexicons/it/no-personal-data';
import { redact } from '../redact';
import { keepDisjoint } from '../overlaps';
import { execAll } from '../exec-all';

type MessageId = 'email' | 'phone' | 'iban' | 'card' | 'taxCode' | 'vatNumber';

interface Candidate {
  start: number;
  end: number;
  rank: number;
  messageId: MessageId;
  preview: string;
}

// Personal data looks the same in both languages, and posts mix them ("Tel." in English, "VAT" in Italian).
const both = (pick: (lexicons: typeof en) => readonly string[]) => [...pick(en), ...pick(it)];
const roleMailboxes = new Set(both((l) => l.roleMailboxes));
const placeholderMailboxes = new Set(both((l) => l.placeholderMailboxes));
const lexicon = (pick: (lexicons: typeof en) => readonly string[]) => compileLexicon(both(pick)).source;
// Cues sit just before the number (a few characters of punctuation or "è"/"is" in between) or just after it.
const cueBefore = (pick: (lexicons: typeof en) => readonly string[]) => new RegExp(`${lexicon(pick)}[^\\p{N}]{0,12}$`, 'iu');
const personalPhoneCue = cueBefore((l) => l.personalPhoneCues);
const phoneLabel = cueBefore((l) => l.phoneLabels);
const publicPhoneCue = new RegExp(lexicon((l) => l.publicPhoneCues), 'iu');
const notPhoneCue = cueBefore((l) => l.notPhoneCues);
const publicCallCue = cueBefore((l) => l.publicCallCues);
const businessVoice = new RegExp(lexicon((l) => l.businessVoice), 'iu');
const vatLabel = cueBefore((l) => l.vatLabels);
const quantityAfter = new RegExp(`^\\s*${lexicon((l) => l.quantityUnits)}`, 'iu');
const testCardCue = new RegExp(lexicon((l) => l.testCardCues), 'iu');
const companyForm = new RegExp(lexicon((l) => l.companyForms), 'iu');

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)@(?<!\/\/[^\s/@]*@)((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})(?![\p{L}\p{N}-])/gu;
// Documentation domains (RFC 2606) and template domains, and addresses that belong to machines.
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example|domain|yourdomain|yourcompany|company|tuodominio|tuaazienda|azienda)\.[a-z]+$|\.(?:example|test|invalid)$|gserviceaccount\.com$|noreply\.github\.com$/i;

const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00A0]?[A-Z0-9]){11,30}/gu;
const CARD = /(?<![\p{L}\p{N}_.,-])\d(?:[ \u00A0-]?\d){12,18}(?![\p{N}]|-\p{N})/gu;
const CARD_ISSUER = /^(?:4|5[1-5]|2[2-7]|3[47]|3[0689]|6(?:011|5|4[4-9]|2)|35)/;
const CODICE_FISCALE = /(?<![\p{L}\p{N}])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\p{L}\p{N}])/giu;
const VAT_NUMBER = /(?<![\p{L}\p{N}])(IT ?)?(\d{11})(?![\p{N}])/gu;
// Digit groups joined by one or two separators: "+39 347 123 4567", "(415) 555-0132", "02.1234.5678".
const PHONE = /(?<![\p{L}\p{N}_@#/.,+€$£-])(?:\+|00)?\(?\d+\)?(?:[ \u00A0.-]{1,2}\(?\d+\)?){0,6}(?![\p{L}\p{N}_@]|[.,-]\p{N})/gu;
const THOUSANDS = /^\+?\d{1,3}(?:[ .,\u00A0]\d{3})+$/;
const NANP = /^\(?[2-9]\d{2}\)?[ .-]?[2-9]\d{2}[ .-]\d{4}$/;

/** Finds personal addresses; tells whether the line also gives a role mailbox (then it is an organisation's contacts). */
function scanEmails(line: string, found: Candidate[]): boolean {
  let roleMailbox = false;
  for (const match of execAll(EMAIL, line)) {
    const local = match[1]!.toLowerCase();
    const domain = match[2]!;
    const bare = local.replace(/[._+-]/g, '');
    if (roleMailboxes.has(local.split(/[._+-]/)[0]!)) {
      roleMailbox = true;
      continue;
    }
    if (placeholderMailboxes.has(bare) || /^(?:your|tuo|tua)/.test(bare)) continue;
    if (PLACEHOLDER_DOMAIN.test(domain)) continue;
    found.push({ start: match.index, end: match.index + match[0].length, rank: 1, messageId: 'email', preview: redact(match[0]) });
  }
  return roleMailbox;
}

function scanIbans(line: string, found: Candidate[]): void {
  for (const match of execAll(IBAN, line)) {
    const iban = validIbanAtStart(match[0]);
    if (!iban) continue;
    // Walk the original text until the IBAN's characters are used up, skipping spaces.
    let end = match.index;
    for (let taken = 0; taken < iban.length; end++) if (/[A-Z0-9]/.test(line[end]!)) taken++;
    found.push({ start: match.index, end, rank: 0, messageId: 'iban', preview: redact(iban) });
  }
}

function scanCards(line: string, found: Candidate[]): void {
  let testLine: boolean | undefined;
  for (const match of execAll(CARD, line)) {
    const digits = match[0].replace(/\D/g, '');
    if (!CARD_ISSUER.test(digits) || /^(\d)\1+$/.test(digits) || !isLuhnValid(digits)) continue;
    const groups = match[0].split(/[ \u00A0-]/).map((group) => group.length);
    const grouped =
      groups.length === 1 ||
      groups.slice(0, -1).every((size) => size === 4) ||
      groups.join(',') === '4,6,5' ||
      groups.join(',') === '4,6,4';
    // A documented test number in a developer's post ("use 4242 4242 4242 4242 in test mode") is not a card.
    if (!grouped || (testLine ??= testCardCue.test(line))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, rank: 0, messageId: 'card', preview: redact(digits) });
  }
}

function scanTaxCodes(line: string, found: Candidate[]): void {
  for (const match of execAll(CODICE_FISCALE, line)) {
    // All-letter words of 16 characters can pass the check by chance; real codes carry digits.
    if (!/\d/.test(match[0]) || !isValidCodiceFiscale(match[0])) continue;
    found.push({ start: match.index, end: match.index + 16, rank: 0, messageId: 'taxCode', preview: redact(match[0]) });
  }
}

function scanVatNumbers(line: string, found: Candidate[]): void {
  let companyLine: boolean | undefined;
  for (const match of execAll(VAT_NUMBER, line)) {
    const digits = match[2]!;
    if (!isValidPartitaIva(digits)) continue;
    const before = line.slice(Math.max(0, match.index - 30), match.index);
    if (!match[1] && !vatLabel.test(before)) continue;
    if ((companyLine ??= companyForm.test(line))) continue;
    found.push({ start: match.index, end: match.index + match[0].length, rank: 0, messageId: 'vatNumber', preview: redact(digits) });
  }
}

/**
 * Whether a run of digits is a person's phone number: its shape (international, North American, Italian
 * mobile or landline) or a label before it, unless the line is a business's contacts ("call us",
 * "orari", a role mailbox, or a call to the reader in a business's voice around the number: "Best
 * rates in town, ring 0121…") and nothing personal ("call me", "il mio numero") stands right before it.
 */
function isPhoneNumber(candidate: string, publicLine: () => boolean, before: string, after: string, around: () => string): boolean {
  const digits = candidate.replace(/\D/g, '');
  if (digits.length < 8 || THOUSANDS.test(candidate) || notPhoneCue.test(before) || quantityAfter.test(after)) return false;
  const personal = personalPhoneCue.test(before);
  if (!personal && (publicLine() || (publicCallCue.test(before) && businessVoice.test(around())))) return false;
  const labelled = personal || phoneLabel.test(before);
  if (candidate.startsWith('+') || candidate.startsWith('00')) {
    const national = candidate.startsWith('00') ? digits.length - 2 : digits.length;
    return national >= 8 && national <= 15;
  }
  if (NANP.test(candidate)) return true;
  // Italian mobiles start with 3; landlines with 0 and, written without separators, need a cue.
  if (/^3[1-9]\d{7,8}$/.test(digits)) return true;
  if (/^0[1-9]\d{7,9}$/.test(digits) && (/\D/.test(candidate) || labelled)) return true;
  return labelled && digits.length <= 13;
}

/** Whether the text before a number ends inside a link ("https://host/path?id="), found by its last word. */
function endsInLink(before: string): boolean {
  let start = before.length;
  while (start > 0 && !/\s/.test(before[start - 1]!)) start--;
  return /^(?:https?:\/\/|www\.)/i.test(before.slice(start));
}

/** How far around a number a business's voice ("we", "our", a price) is looked for: its sentence or two, not the whole line. */
const VOICE_BEFORE = 100;
const VOICE_AFTER = 40;

function scanPhones(line: string, roleMailbox: boolean, found: Candidate[]): void {
  let publicLine: boolean | undefined;
  // A business's or a service's contacts ("call us", "orari", a role mailbox): read once, when a number needs it.
  const isPublicLine = () => (publicLine ??= roleMailbox || publicPhoneCue.test(line));
  for (const match of execAll(PHONE, line)) {
    const candidate = match[0];
    const end = match.index + candidate.length;
    const before = line.slice(Math.max(0, match.index - 40), match.index);
    // Digits inside a link (an id in a query string) are part of an address, not a phone number.
    if (endsInLink(before)) continue;
    const around = () => line.slice(Math.max(0, match.index - VOICE_BEFORE), end + VOICE_AFTER);
    if (!isPhoneNumber(candidate, isPublicLine, before, line.slice(end, end + 20), around)) continue;
    found.push({ start: match.index, end, rank: 2, messageId: 'phone', preview: redact(candidate.replace(/[^\d+]/g, '')) });
  }
}

function countDigits(text: string, enough: number): number {
  let count = 0;
  for (let i = 0; i < text.length && count < enough; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) count++;
  }
  return count;
}

function scanLine(line: string): Candidate[] {
  const found: Candidate[] = [];
  const roleMailbox = line.includes('@') && scanEmails(line, found);
  // A codice fiscale has a few digits; phones, cards, IBANs and VAT numbers have at least eight.
  const digits = countDigits(line, 8);
  if (digits > 0) scanTaxCodes(line, found);
  if (digits >= 8) {
    scanIbans(line, found);
    scanCards(line, found);
    scanVatNumbers(line, found);
    scanPhones(line, roleMailbox, found);
  }
  return keepDisjoint(found);
}

/** A person's contact details, bank or card numbers and tax codes: out of a post, once it is public, they stay public. */
export default defineRule({
  id: 'no-personal-data',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'error',
  // Line by line, so an edit re-scans only the line it touched.
  scope: 'document',
  options: z.object({}),
  messageIds: ['email', 'phone', 'iban', 'card', 'taxCode', 'vatNumber'],
  messages: {
    en: {
      name: 'Personal data',
      description:
        "Flags a person's e-mail address, phone number, IBAN, card number, Italian codice fiscale or partita IVA (checked with their check digits). Role mailboxes such as press@ or careers@ stay quiet.",
      messages: {
        email: {
          message: 'This looks like a personal e-mail address ({preview}).',
          why: "Published addresses are harvested for spam and phishing, and publishing someone else's needs a legal basis, usually their consent (GDPR).",
          fix: 'Remove it, or use a role mailbox published for the purpose (info@, careers@, press@), or invite people to message you.',
        },
        phone: {
          message: 'This looks like a phone number ({preview}).',
          why: "A personal number in a public post invites spam calls and scams, and publishing someone else's needs their consent (GDPR).",
          fix: 'Remove it and ask people to write to you privately, or give a switchboard or support number meant for the public.',
        },
        iban: {
          message: 'The post contains a valid IBAN ({preview}).',
          why: 'An IBAN with a name is enough for fraudulent direct debits and convincing payment scams.',
          fix: 'Send bank details privately to the person who needs them, never in a post.',
        },
        card: {
          message: 'This is a valid payment card number ({preview}).',
          why: 'A card number in public can be used for fraudulent purchases straight away.',
          fix: 'Remove it and ask the bank to block the card if it was published. In examples, say "test card" next to the number.',
        },
        taxCode: {
          message: 'This is a valid Italian codice fiscale ({preview}).',
          why: 'The codice fiscale reveals name, birth date, sex and birthplace, and is used for identity theft.',
          fix: 'Remove it; if someone needs it, send it privately.',
        },
        vatNumber: {
          message: 'This is a valid partita IVA ({preview}).',
          why: "For a freelancer or sole trader, the partita IVA identifies the person and opens their tax and company records.",
          fix: "Remove it unless it is your company's, shown next to its name and legal form as the law requires.",
        },
      },
    },
    it: {
      name: 'Dati personali',
      description:
        'Segnala indirizzi e-mail personali, numeri di telefono, IBAN, numeri di carta, codici fiscali e partite IVA (verificati con i caratteri di controllo). Le caselle di ruolo come ufficiostampa@ o lavoraconnoi@ non vengono segnalate.',
      messages: {
        email: {
          message: 'Sembra un indirizzo e-mail personale ({preview}).',
          why: "Gli indirizzi pubblicati finiscono nelle liste di spam e phishing, e per pubblicare quello di un'altra persona serve una base giuridica, di solito il suo consenso (GDPR).",
          fix: 'Toglilo, oppure usa una casella di ruolo pensata per questo (info@, lavoraconnoi@, ufficiostampa@), o invita a scriverti in privato.',
        },
        phone: {
          message: 'Sembra un numero di telefono ({preview}).',
          why: "Un numero personale in un post pubblico attira chiamate moleste e truffe, e per pubblicare quello di un'altra persona serve il suo consenso (GDPR).",
          fix: 'Toglilo e chiedi di scriverti in privato, oppure indica un centralino o un numero di assistenza pensato per il pubblico.',
        },
        iban: {
          message: 'Il post contiene un IBAN valido ({preview}).',
          why: 'Un IBAN accanto a un nome basta per addebiti fraudolenti e per truffe sui pagamenti molto credibili.',
          fix: 'Manda le coordinate bancarie in privato a chi ne ha bisogno, mai in un post.',
        },
        card: {
          message: 'Questo è un numero di carta di pagamento valido ({preview}).',
          why: 'Un numero di carta pubblico può essere usato subito per acquisti fraudolenti.',
          fix: 'Toglilo e, se è già stato pubblicato, chiedi alla banca di bloccare la carta. Negli esempi scrivi "carta di test" accanto al numero.',
        },
        taxCode: {
          message: 'Questo è un codice fiscale valido ({preview}).',
          why: "Il codice fiscale rivela nome, data e luogo di nascita e sesso, ed è usato per i furti d'identità.",
          fix: 'Toglilo; se a qualcuno serve, mandaglielo in privato.',
        },
        vatNumber: {
          message: 'Questa è una partita IVA valida ({preview}).',
          why: 'Per un libero professionista o una ditta individuale la partita IVA identifica la persona e dà accesso ai suoi dati fiscali e camerali.',
          fix: 'Toglila, a meno che non sia quella della tua azienda, indicata accanto alla ragione sociale come richiede la legge.',
        },
      },
    },
  },
  examples: {
    flagged: [
      'Great chat with our new candidate Laura Finch today! Reach her directly on +44 7700 900461 if you have a role for her.',
      { text: 'Per il rimborso della cena mandate i soldi a Giulia, IBAN IT60 X054 2811 1010 0000 0123 456. Grazie!', language: 'it' },
    ],
    ok: [
      'We are hiring two designers in Milan. Send your portfolio to careers@acme-studio.com by 30 June 2025.',
      { text: 'Per le richieste stampa scrivete a ufficiostampa@comune.example.it o chiamate il centralino.', language: 'it' },
    ],
  },
  check({ lines, memo, report }) {
    for (const line of lines) {
      for (const finding of memo(line.text, () => scanLine(line.text))) {
        report({
          messageId: finding.messageId,
          data: { preview: finding.preview },
          span: { start: line.start + finding.start, end: line.start + finding.end },
        });
      }
    }
  },
});
