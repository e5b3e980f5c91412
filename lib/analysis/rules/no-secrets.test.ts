import { expect, it } from 'vitest';
import { runRule, testRule } from '../testing';
import rule from './no-secrets';

const pem = [
  '-----BEGIN RSA PRIVATE KEY-----',
  'MIICWwIBAAKBgQCYdGaf5uYMsilGHfnx/zxXtihdGFr3hCWwebHGhgEAVn0xlsTd',
  '1QwoKi+rpI1O6hzyVOuoQtboODsONGRlHbNl6yJ936Yhmr8PiNwpA5qIxZAdmFv2',
  '-----END RSA PRIVATE KEY-----',
].join('\n');

testRule(rule, {
  valid: [
    'Never paste tokens in posts: use a password manager.',
    'Set GITHUB_TOKEN=<your-token> and STRIPE_KEY=${STRIPE_KEY} in your .env file.',
    'api_key = "YOUR_API_KEY"\nSECRET_KEY=changeme\npassword: ****',
    'The AWS docs use AKIAIOSFODNN7EXAMPLE as the access key id.',
    'Your password is too short: the password is checked against 10,000 common ones.',
    'DOCKER_TOKEN=not_a_real_token',
    'Nice! https://shop.example.com/s/BDP?csrfToken=I9tIxe8cNkCosOqkEMGjLU5uwv6nSXSO&sort=DD',
    'Connect with postgres://user:password@db.example.com:5432/app or mongodb://mongo:mongo@localhost/dev.',
    'const secret = process.env.SECRET; token = settings.API_TOKEN',
    'Publishable keys like pk_live_AAAAAAAAAAAAAAAAAAAAAAAA are meant for the browser.',
    '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----',
    'Too short: sk_live_short, ghp_abc, glpat-abc.',
    { text: 'Usate una password lunga e non condividetela: la password è personale.', language: 'it' },
    { text: 'Nel file .env scrivete API_KEY=la_tua_chiave e non committatelo.', language: 'it' },
  ],
  invalid: [
    {
      text: 'Finally fixed CI. My config:\nGITHUB_TOKEN=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',
      findings: [
        { messageId: 'providerToken', data: { provider: 'GitHub', preview: 'ghp_…' }, match: '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' },
      ],
    },
    {
      text: 'aws_access_key_id = AKIAZ3MSJV4WWXXKN8PQ\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETSKEY',
      findings: [
        { messageId: 'providerToken', data: { provider: 'AWS' }, match: 'AKIAZ3MSJV4WWXXKN8PQ' },
        { messageId: 'providerToken', data: { provider: 'AWS', preview: 'wJal…' }, match: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYSECRETSKEY' },
      ],
    },
    {
      text: 'Webhook for the alerts bot: https://hooks.slack.com/services/T11111AA/BAAAA111A/qKirRWalryBGqKirRWalryBG',
      findings: [{ messageId: 'providerToken', data: { provider: 'Slack' } }],
    },
    {
      text: 'export STRIPE_SECRET=sk_live_51HxQ2vLk8TzRmN4pQ7wYcE3d and OPENAI_API_KEY=sk-proj-aB3dE5gH7jK9mN1pQ3sT5vX7zT3BlbkFJa2C4e6G8i0K2m4O6q8',
      findings: [
        { messageId: 'providerToken', data: { provider: 'Stripe', preview: 'sk_l…' } },
        { messageId: 'providerToken', data: { provider: 'OpenAI', preview: 'sk-p…' } },
      ],
    },
    {
      text: `Here is the deploy key, be careful:\n${pem}`,
      findings: [{ messageId: 'privateKey', data: { label: 'RSA PRIVATE KEY' }, match: pem }],
    },
    {
      text: 'DATABASE_URL=postgres://app:Xk9#mQ2vLp@db.acme-prod.net:5432/orders',
      findings: [{ messageId: 'credentialUrl', data: { preview: 'Xk…' }, match: 'Xk9#mQ2vLp' }],
    },
    {
      text: 'DB_PASSWORD=Tr0ub4dor&3\nsession_secret: "f3Kq9xLm2PzR7vWc8NbT"',
      findings: [
        { messageId: 'assignedSecret', data: { name: 'DB_PASSWORD', preview: 'Tr…' }, match: 'Tr0ub4dor&3' },
        { messageId: 'assignedSecret', data: { name: 'session_secret', preview: 'f3Kq…' }, match: 'f3Kq9xLm2PzR7vWc8NbT' },
      ],
    },
    {
      text: 'Works for me: https://api.weather.example/v1/forecast?city=Rome&api_key=Xk29fLq8Zt01Vb7nQ3&units=metric',
      findings: [{ messageId: 'assignedSecret', data: { name: 'api_key', preview: 'Xk29…' }, match: 'Xk29fLq8Zt01Vb7nQ3' }],
    },
    {
      text: 'Welcome to the offsite! The wifi password is Orto#Botanico24.',
      findings: [{ messageId: 'sharedPassword', data: { preview: 'Ort…' }, match: 'Orto#Botanico24' }],
    },
    {
      text: "Benvenuti! La password dell'ufficio è Estate2024!",
      language: 'it',
      findings: [{ messageId: 'sharedPassword', data: { preview: 'Es…' }, match: 'Estate2024' }],
    },
  ],
});

it('never puts the secret itself in the finding data', () => {
  const token = 'glpat-Xq7Lm2Pz9RvWc8NbT4Ka';
  const [finding] = runRule(rule, `CI_TOKEN=${token}`);
  expect(finding?.data).toEqual({ provider: 'GitLab', preview: 'glpa…' });
  expect(JSON.stringify(finding)).not.toContain(token);
});

it('does not throw on odd input', () => {
  for (const text of ['\uD800password: \uDC00', 'token=\u200B\u200Bghp_', 'كلمة المرور: ١٢٣٤٥٦', '-----BEGIN PRIVATE KEY-----', '://:@']) {
    expect(() => runRule(rule, text)).not.toThrow();
  }
});
