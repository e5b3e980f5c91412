/**
 * Credential formats published by their providers (the same families secretlint and gitleaks check).
 * Each pattern matches the credential alone, case-sensitively, and is at least 20 characters long (text
 * without such a run of non-space characters is not searched); a prefix is matched at a word start, so
 * "xghp_…" is not a GitHub token.
 * Formats that need the words around the value (a key name before it) give a `context`: they are
 * searched in the whole text, case-insensitively, when `context` occurs in it, and the words sit in a
 * lookbehind so only the value is highlighted.
 */
export interface SecretFormat {
  provider: string;
  pattern: string;
  context?: RegExp;
}

const HEX = '[0-9a-fA-F]';
const GUID = `${HEX}{8}-${HEX}{4}-${HEX}{4}-${HEX}{4}-${HEX}{12}`;
const END = '(?![A-Za-z0-9])';

export const secretFormats: readonly SecretFormat[] = [
  { provider: 'AWS', pattern: `(?:AKIA|ASIA|ABIA|ACCA|AGPA|AIDA|AIPA|ANPA|ANVA|AROA|APKA)[A-Z0-9]{16}${END}` },
  {
    provider: 'AWS',
    pattern: '[A-Za-z0-9/+]{40}(?<=aws_?secret_?(?:access_?)?key["\']?\\s*[:=]+\\s*["\']?[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+=])',
    context: /secret_?(?:access_?)?key/i,
  },
  { provider: 'GitHub', pattern: 'gh[pousr]_[A-Za-z0-9_]{36,}' },
  { provider: 'GitHub', pattern: 'github_pat_[A-Za-z0-9_]{22,}' },
  { provider: 'GitLab', pattern: 'gl(?:pat|dt|rt|ptt|ft|cbt|soat|oas)-[A-Za-z0-9_-]{20,}' },
  { provider: 'Slack', pattern: 'xox[abposre]-\\d{6,}-[A-Za-z0-9-]{6,}' },
  { provider: 'Slack', pattern: `xapp-\\d-[A-Z0-9]+-\\d+-[a-z0-9]{32,}` },
  { provider: 'Slack', pattern: 'https://hooks\\.slack\\.com/(?:services|workflows|triggers)/T[A-Z0-9]+/[AB][A-Z0-9]+/[A-Za-z0-9]{16,}' },
  { provider: 'Stripe', pattern: '(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{24,}' },
  { provider: 'Stripe', pattern: 'whsec_[A-Za-z0-9]{32,}' },
  { provider: 'Google', pattern: `AIza[0-9A-Za-z_-]{35}(?![A-Za-z0-9_-])` },
  { provider: 'Google', pattern: 'GOCSPX-[A-Za-z0-9_-]{28}(?![A-Za-z0-9_-])' },
  // Every OpenAI secret key carries "T3BlbkFJ" ("OpenAI" in base64) in its middle.
  // Only a run's first "sk-" (or "eyJ" below) starts a match: trying each of many would be quadratic.
  { provider: 'OpenAI', pattern: 'sk-(?<!sk-[A-Za-z0-9_-]*?sk-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{16,}T3BlbkFJ[A-Za-z0-9_-]{16,}' },
  { provider: 'Anthropic', pattern: 'sk-ant-[a-z]+\\d{2}-[A-Za-z0-9_-]{32,}' },
  { provider: 'npm', pattern: `npm_[A-Za-z0-9]{36}${END}` },
  { provider: 'SendGrid', pattern: 'SG\\.[A-Za-z0-9_-]{22}\\.[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])' },
  { provider: 'Twilio', pattern: `SK${HEX}{32}${END}` },
  { provider: 'Shopify', pattern: 'shp(?:ss|at|ca|pa)_[A-Za-z0-9]{32,}' },
  { provider: '1Password', pattern: 'ops_eyJ[A-Za-z0-9+/=_-]{50,}' },
  {
    provider: 'Azure',
    pattern: '(?<=(?:AccountKey|SharedAccessKey)=)[A-Za-z0-9+/]{30,}={0,2}',
    context: /(?:AccountKey|SharedAccessKey)=/i,
  },
  // A tenant or client id is not a password, but with it a leaked secret elsewhere finds its target.
  {
    provider: 'Azure',
    pattern: `(?<=(?:azure|ad|arm)[_-]?(?:tenant|client)[_-]?id["']?\\s*[:=]\\s*["']?)${GUID}`,
    context: /(?:tenant|client)[_-]?id/i,
  },
  { provider: 'Hugging Face', pattern: `hf_[A-Za-z]{34}${END}` },
  { provider: 'Databricks', pattern: `dapi${HEX}{32}(?:-\\d+)?${END}` },
  { provider: 'Docker', pattern: 'dckr_pat_[A-Za-z0-9_-]{20,}' },
  { provider: 'Figma', pattern: 'figd_[A-Za-z0-9_-]{40,}' },
  { provider: 'Cloudflare', pattern: `(?:cfat|cfut|cfk)_[A-Za-z0-9]{48}${END}` },
  { provider: 'Grafana', pattern: 'glc_[A-Za-z0-9+/]{32,}={0,2}' },
  { provider: 'Grafana', pattern: `glsa_[A-Za-z0-9]{32}_${HEX}{8}${END}` },
  { provider: 'Groq', pattern: `gsk_[A-Za-z0-9]{52}${END}` },
  { provider: 'HashiCorp Vault', pattern: 'hv[sbr]\\.[A-Za-z0-9_-]{24,}' },
  { provider: 'Linear', pattern: `lin_(?:api|oauth)_[A-Za-z0-9]{40}${END}` },
  { provider: 'Notion', pattern: `ntn_\\d{11}[A-Za-z0-9]{35}${END}` },
  { provider: 'Tailscale', pattern: 'tskey-[a-z]+-[A-Za-z0-9]{6,}-[A-Za-z0-9]{16,}' },
  { provider: 'Vercel', pattern: 'vc[pikra]_[A-Za-z0-9]{24,}' },
  { provider: 'Telegram', pattern: '(?<![0-9])\\d{8,10}:AA[A-Za-z0-9_-]{33}(?![A-Za-z0-9_-])' },
  { provider: 'JWT', pattern: 'eyJ(?<!eyJ[A-Za-z0-9_-]*?eyJ)[A-Za-z0-9_-]{8,}\\.eyJ[A-Za-z0-9_-]{8,}\\.[A-Za-z0-9_-]{8,}' },
  // A bare 0x + 64 hex is an Ethereum private key, unless it is a transaction or block hash (often in a URL).
  {
    provider: 'Ethereum',
    pattern: `(?<!(?:\\/|\\btx|hash|transaction|txid|block)[^\\n]{0,24})0x${HEX}{64}(?!${HEX})`,
    context: /0x[0-9a-f]{64}/i,
  },
];

/**
 * Key names whose value is a credential: `DB_PASSWORD=…`, `"api_key": "…"`, `azureClientSecret := …`.
 * Matched at the end of the name, case-insensitively.
 */
export const credentialKeyNames: readonly string[] = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'pass',
  'secret',
  'token',
  'api[_-]?key',
  'apikey',
  'secret[_-]?key',
  'private[_-]?key',
  'client[_-]?secret',
  'auth[_-]?key',
];

/** Key names that end like a credential but name something harmless to share: anti-forgery and paging tokens. */
export const harmlessKeyNames = /csrf|xsrf|page_?token|next_?token|continuation|cursor/i;

/** Names of a password-like credential: people choose them, so they are shorter than generated tokens. */
export const passwordKeyNames = /(?:password|passwd|passphrase|pwd|pass)$/i;

/**
 * Values that stand for a credential in tutorials and templates: the whole value (letters and digits
 * only, lowercased) is one of these.
 */
export const placeholderValues: readonly string[] = [
  'password',
  'passwd',
  'pass123',
  'mypassword',
  'yourpassword',
  'newpassword',
  'secret',
  'mysecret',
  'yoursecret',
  'changeme',
  'changeit',
  'token',
  'mytoken',
  'apikey',
  'myapikey',
  'dummy',
  'example',
  'sample',
  'placeholder',
  'redacted',
  'hidden',
  'none',
  'null',
  'undefined',
  'empty',
  'todo',
  'tbd',
];

/**
 * Parts of a value that mark it as a stand-in (any case): "<your-token>", "${TOKEN}", "xxxx", "****", "…",
 * "la_tua_chiave". Four letters or more, or a separator around them, so random base64 does not hit them.
 */
export const placeholderMarkers =
  /[<>{}]|\$\(|x{4,}|\*{3,}|\.{3}|…|your|example|placeholder|redacted|dummy|fake|sample|replace|insert|changeme|(?:^|[_-])(?:tuo|tua|qui|here)(?:$|[_-])/i;
