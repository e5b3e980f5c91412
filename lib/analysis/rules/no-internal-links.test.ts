import { testRule } from '../testing';
import rule from './no-internal-links';

testRule(rule, {
  valid: [
    'Our free guide is at https://acme.com/blog/release-notes, and the docs at docs.acme.io/start.',
    'Run the app and open http://localhost:3000 or http://127.0.0.1:8000 in your browser.',
    'Most home routers answer on 192.168.1.1; version 10.2.3.4 of the SDK fixed it.',
    'See wiki.archlinux.org/title/Systemd, en.wikipedia.org/wiki/Non-disclosure_agreement and jira.atlassian.com.',
    'Grab the template: https://docs.google.com/spreadsheets/d/1AbCdEf/copy and the survey https://docs.google.com/forms/d/e/1FAIp/viewform',
    'Published notes: https://acme.notion.site/Careers-8f2c1e0a9b7d4c3e8f2c1e0a9b7d4c3e and https://www.figma.com/community/file/123',
    'e.g. i.e. Node.js',
  ],
  invalid: [
    {
      text: 'The checklist is at https://wiki.acme-corp.com/display/OPS/Deploy, go read it!',
      findings: [{ messageId: 'privateHost', data: { host: 'wiki.acme-corp.com' }, match: 'https://wiki.acme-corp.com/display/OPS/Deploy' }],
    },
    {
      text: 'Metrics live at http://10.20.4.17:8080/metrics and the NAS is nas.milano.corp.',
      findings: [
        { messageId: 'privateHost', data: { host: '10.20.4.17' }, match: 'http://10.20.4.17:8080/metrics' },
        { messageId: 'privateHost', data: { host: 'nas.milano.corp' }, match: 'nas.milano.corp' },
      ],
    },
    {
      text: 'Specs: https://docs.google.com/document/d/1AbCdEfGh/edit?usp=sharing and PAY-1423 https://acme.atlassian.net/browse/PAY-1423',
      findings: [
        { messageId: 'workspaceLink', data: { service: 'Google Docs' } },
        { messageId: 'workspaceLink', data: { service: 'Jira' }, match: 'https://acme.atlassian.net/browse/PAY-1423' },
      ],
    },
    {
      text: 'Ecco le slide: https://acmeitalia.sharepoint.com/sites/Marketing/workshop.pptx',
      language: 'it',
      findings: [{ messageId: 'workspaceLink', data: { service: 'SharePoint' } }],
    },
    {
      text: 'Il flusso nuovo è su https://www.figma.com/design/AbC123/Checkout-v3 e la roadmap su https://www.notion.so/acme/Roadmap-8f2c1e0a9b7d4c3e8f2c1e0a9b7d4c3e',
      language: 'it',
      findings: [
        { messageId: 'workspaceLink', data: { service: 'Figma' } },
        { messageId: 'workspaceLink', data: { service: 'Notion' } },
      ],
    },
  ],
});
