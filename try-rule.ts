import { runRule } from './lib/analysis/testing';
const [,, ruleId, ...texts] = process.argv;
const rule = (await import(`./lib/analysis/rules/${ruleId}.ts`)).default;
for (const t of texts) {
  const [lang, text] = t.startsWith('it:') ? ['it', t.slice(3)] : t.startsWith('en:') ? ['en', t.slice(3)] : [undefined, t];
  const f = runRule(rule, { text, language: lang as any });
  console.log(f.length ? '!!' : '  ', JSON.stringify(text), f.map((x: any) => `${x.messageId}:${JSON.stringify(text.slice(x.span.start, x.span.end))}`).join(' '));
}
