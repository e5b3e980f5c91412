import * as z from 'zod';
import { defineRule } from '../define-rule';
import {
  internalTopLevelNames,
  intranetHostPrefixes,
  publicToolDomains,
  wellKnownGateways,
  workspaceServices,
} from '../lexicons/common/no-internal-links';
import { execAll } from '../exec-all';

type Finding =
  | { messageId: 'privateHost'; data: { host: string }; start: number; end: number }
  | { messageId: 'workspaceLink'; data: { service: string }; start: number; end: number };

// A host with an optional scheme, user, port and path: "https://jira.acme.it/browse/OPS-12", "10.0.3.7:8080".
const HOST_LINK =
  /(?<![\p{L}\p{N}@._-])(?:(?:https?|ftp|smb|sftp|ssh):\/\/)?(?:[^\s@/:]{1,64}(?::[^\s@/]{0,64})?@)?((?:[a-z0-9-]+\.)+[a-z][a-z0-9-]+|\d{1,3}(?:\.\d{1,3}){3})(?::\d{2,5})?(\/[^\s<>"'`)\]]*)?/giu;
// A dot between two letters or digits: every host has one, most prose lines do not.
const HOST_HINT = /[\p{L}\p{N}-]\.[\p{L}\p{N}]/u;
// 10/8, 172.16/12, 192.168/16 and link-local 169.254/16. Loopback (localhost, 127.x) is left alone: it is
// the reader's own machine in every tutorial, and reveals nothing about a company.
const PRIVATE_IP = /^(?:10\.\d+|172\.(?:1[6-9]|2\d|3[01])|192\.168|169\.254)\.\d+\.\d+$/;
const IPV4 = /^\d+\.\d+\.\d+\.\d+$/;
// "v10.2.3.4", "versione 10.0.1.2": a four-part version number, not an address.
const VERSION_BEFORE = /(?:\bv|version|versione|release|build|ver\.)\s*$/i;
const gateways = new Set(wellKnownGateways);

const internalTop = new Set(internalTopLevelNames);
const intranetPrefixes = new Set(intranetHostPrefixes);

function isPublicToolDomain(host: string): boolean {
  return host.endsWith('.org') || publicToolDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
}

function isPrivateHost(host: string, before: string): boolean {
  if (IPV4.test(host)) {
    if (!PRIVATE_IP.test(host) || gateways.has(host) || VERSION_BEFORE.test(before)) return false;
    return host.split('.').every((part) => Number(part) <= 255);
  }
  const labels = host.split('.');
  const last = labels[labels.length - 1]!;
  const lastTwo = labels.slice(-2).join('.');
  if (internalTop.has(last) || internalTop.has(lastTwo)) return true;
  if (labels.some((label) => label === 'intranet')) return true;
  return labels.length >= 3 && intranetPrefixes.has(labels[0]!) && !isPublicToolDomain(host);
}

function scanLine(line: string): Finding[] {
  const found: Finding[] = [];
  if (!HOST_HINT.test(line)) return found;
  for (const match of execAll(HOST_LINK, line)) {
    const host = match[1]!.toLowerCase();
    const path = match[2] ?? '';
    // A link at the end of a sentence keeps its punctuation out of the highlight.
    const span = { start: match.index, end: match.index + match[0].replace(/(?<![.,;:!?])[.,;:!?]+$/, '').length };
    if (isPrivateHost(host, line.slice(Math.max(0, match.index - 12), match.index))) {
      found.push({ messageId: 'privateHost', data: { host }, ...span });
      continue;
    }
    const workspace = workspaceServices.find(
      (service) => service.host.test(host) && service.path.test(path) && !service.publicPath?.test(path),
    );
    if (workspace) found.push({ messageId: 'workspaceLink', data: { service: workspace.service }, ...span });
  }
  return found;
}

/** Links that only open inside a company, or show how it is organised inside. */
export default defineRule({
  id: 'no-internal-links',
  category: 'confidential',
  languages: ['en', 'it'],
  defaultSeverity: 'warning',
  // Line by line, so an edit re-scans only the line it touched.
  scope: 'document',
  options: z.object({}),
  messageIds: ['privateHost', 'workspaceLink'],
  messages: {
    en: {
      name: 'Internal links',
      description:
        'Flags addresses that only work inside a company network (private IPs, .local/.corp/.internal hosts, intranet, wiki and Jira servers) and links to workspace documents (SharePoint, OneDrive, Google Docs and Drive, Confluence, Jira, Notion, Figma, Slack).',
      messages: {
        privateHost: {
          message: '{host} only works inside your network.',
          why: 'Readers outside cannot open it, and the address tells strangers how your internal systems are named and organised.',
          fix: 'Link to a public page instead, or describe the resource without its address.',
        },
        workspaceLink: {
          message: 'This {service} link points to a workspace document.',
          why: 'Outside readers hit a login page; or, if it is shared with anyone who has the link, they see the whole document, its comments and its history.',
          fix: 'Check its sharing settings, then publish a public version (a page, a PDF, a published copy) and link that.',
        },
      },
    },
    it: {
      name: 'Link interni',
      description:
        'Segnala indirizzi che funzionano solo dentro la rete aziendale (IP privati, host .local/.corp/.internal, intranet, wiki e server Jira) e link a documenti degli spazi di lavoro (SharePoint, OneDrive, Documenti Google e Google Drive, Confluence, Jira, Notion, Figma, Slack).',
      messages: {
        privateHost: {
          message: "{host} funziona solo all'interno della rete aziendale.",
          why: "Chi legge da fuori non può aprirlo, e l'indirizzo rivela a estranei come si chiamano e come sono organizzati i sistemi interni dell'azienda.",
          fix: 'Metti il link a una pagina pubblica, oppure descrivi la risorsa senza il suo indirizzo.',
        },
        workspaceLink: {
          message: 'Questo link {service} porta a un documento di lavoro interno.',
          why: 'Chi legge da fuori trova una pagina di accesso; oppure, se il documento è condiviso con chiunque abbia il link, vede tutto: contenuto, commenti e cronologia.',
          fix: "Controlla le impostazioni di condivisione, poi pubblica una versione per l'esterno (una pagina, un PDF, una copia pubblicata) e metti quel link.",
        },
      },
    },
  },
  examples: {
    flagged: [
      'Quick win from our retro: the new deploy checklist is at https://wiki.acme-corp.com/display/OPS/Deploy, go read it!',
      { text: 'Ecco le slide del workshop: https://acmeitalia.sharepoint.com/sites/Marketing/Shared%20Documents/workshop.pptx', language: 'it' },
    ],
    ok: [
      'Our free guide to writing release notes is here: https://acme.com/blog/release-notes-guide',
      { text: 'Il modulo per iscriversi al webinar è qui: https://docs.google.com/forms/d/e/1FAIpQLSd3x/viewform', language: 'it' },
    ],
  },
  check({ lines, memo, report }) {
    for (const line of lines) {
      for (const { messageId, data, start, end } of memo(line.text, () => scanLine(line.text))) {
        report({ messageId, data, span: { start: line.start + start, end: line.start + end } });
      }
    }
  },
});
