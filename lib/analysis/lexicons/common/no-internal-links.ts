/** Top-level names that never resolve on the public internet: hosts of a company or home network. */
export const internalTopLevelNames: readonly string[] = [
  'local', 'corp', 'internal', 'lan', 'intra', 'intranet', 'localdomain', 'home.arpa', 'private',
];

/** Default addresses of home and office routers: the same in every manual, so they reveal nothing. */
export const wellKnownGateways: readonly string[] = ['192.168.0.1', '192.168.1.1', '192.168.0.254', '192.168.1.254', '10.0.0.1', '10.0.0.138'];

/** First labels of a company's own tools: intranet.acme.com, jira.acme.it, wiki.acme.io. */
export const intranetHostPrefixes: readonly string[] = [
  'intranet', 'intra', 'wiki', 'jira', 'confluence', 'jenkins', 'grafana', 'kibana', 'gitlab-internal',
];

/** Public sites whose tools share those names (open-source wikis and trackers live mostly on .org, which is skipped too). */
export const publicToolDomains: readonly string[] = [
  'atlassian.com', 'ubuntu.com', 'jenkins.io', 'spring.io', 'fandom.com', 'wiki.gg', 'wikipedia.org',
];

/**
 * Workspace tools whose links open a company's documents: `host` and `path` must match; `publicPath`
 * marks the forms their owners publish on purpose (a published page, a copy link, a form, a community file).
 */
export interface WorkspaceService {
  service: string;
  host: RegExp;
  path: RegExp;
  publicPath?: RegExp;
}

export const workspaceServices: readonly WorkspaceService[] = [
  { service: 'OneDrive', host: /-my\.sharepoint\.com$|^onedrive\.live\.com$|^1drv\.ms$/, path: /^\/./ },
  { service: 'SharePoint', host: /\.sharepoint\.com$/, path: /^\/./ },
  {
    service: 'Google Docs',
    host: /^docs\.google\.com$/,
    path: /^\/(?:document|spreadsheets|presentation|drawings)\/(?:u\/\d+\/)?d\//,
    publicPath: /\/(?:copy|pub|pubhtml|template\/preview)(?:[?#]|$)|\/d\/e\//,
  },
  { service: 'Google Drive', host: /^drive\.google\.com$/, path: /^\/(?:file\/d\/|drive\/(?:u\/\d+\/)?folders\/|open\?)/ },
  { service: 'Confluence', host: /\.atlassian\.net$/, path: /^\/wiki\// },
  { service: 'Jira', host: /\.atlassian\.net$/, path: /^\/(?:browse\/[A-Z][A-Z0-9]+-\d+|jira\/)/ },
  { service: 'Notion', host: /^(?:www\.)?notion\.so$/, path: /[0-9a-f]{32}/ },
  { service: 'Figma', host: /^(?:www\.)?figma\.com$/, path: /^\/(?:file|design|proto|board)\// },
  { service: 'Slack', host: /\.slack\.com$/, path: /^\/(?:archives|client)\// },
  { service: 'Microsoft Teams', host: /^teams\.microsoft\.com$/, path: /^\/l\// },
  { service: 'Miro', host: /^miro\.com$/, path: /^\/app\/board\// },
];
