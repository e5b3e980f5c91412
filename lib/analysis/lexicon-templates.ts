/**
 * Lexicon entries with slots: "{group} {copula} {trait}" stands for every group, copula and trait of
 * the named lexicons, so a pattern is written once and its word lists stay data.
 */
export function expandTemplates(entries: readonly string[], slots: Readonly<Record<string, readonly string[]>>): string[] {
  const alternations = new Map<string, string>();
  for (const [name, words] of Object.entries(slots)) {
    const sorted = [...words].sort((a, b) => b.length - a.length);
    alternations.set(name, `(?:${sorted.join('|')})`);
  }
  return entries.map((entry) =>
    // Slot names are letters only, so quantifiers such as {0,3} are left alone, and so is \p{L}.
    entry.replace(/(?<!\\[pP])\{([a-zA-Z]+)\}/g, (_, name: string) => {
      const alternation = alternations.get(name);
      if (alternation === undefined) throw new Error(`Unknown lexicon slot {${name}} in "${entry}"`);
      return alternation;
    }),
  );
}
