/**
 * Every regular expression the analysis can run on user text, for the linear-time test: the literals
 * and `new RegExp(…)` calls with literal arguments written in lib/analysis (parsed from the source),
 * and every expression built at run time (lexicons, templates, user terms), caught by watching the
 * RegExp constructor while every rule's examples are analysed in both languages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';

export interface FoundRegex {
  source: string;
  flags: string;
  /** Where it comes from: a file and line, or "built at run time". */
  origin: string;
}

const analysisDir = import.meta.dirname;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') && entry.name !== 'regex-inventory.ts' ? [path] : [];
  });
}

type Node = { type: string; loc?: { start: { line: number } }; [key: string]: unknown };

function walk(node: unknown, visit: (node: Node) => void): void {
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
  visit(node as Node);
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'loc' && key !== 'leadingComments' && key !== 'trailingComments' && value && typeof value === 'object') walk(value, visit);
  }
}

/** The regular expressions written as literals, or as `new RegExp('…', '…')` with string literals. */
export function regexLiterals(): FoundRegex[] {
  const found: FoundRegex[] = [];
  for (const file of sourceFiles(analysisDir)) {
    const ast = parse(readFileSync(file, 'utf8'), { sourceType: 'module', plugins: ['typescript'] });
    const origin = (node: Node) => `${relative(analysisDir, file)}:${node.loc?.start.line}`;
    walk(ast.program, (node) => {
      if (node.type === 'RegExpLiteral') found.push({ source: node.pattern as string, flags: node.flags as string, origin: origin(node) });
      const args = node.arguments as Node[] | undefined;
      if ((node.type === 'NewExpression' || node.type === 'CallExpression') && (node.callee as Node).name === 'RegExp' && args?.[0]?.type === 'StringLiteral') {
        const flags = args[1]?.type === 'StringLiteral' ? (args[1].value as string) : '';
        found.push({ source: args[0].value as string, flags, origin: origin(node) });
      }
    });
  }
  return found;
}

/**
 * The regular expressions constructed while `run` executes: `run` should import the analysis
 * (dynamically, after this call starts) and analyse drafts that reach every lazily built pattern.
 */
export async function regexesBuiltDuring(run: () => Promise<void>): Promise<FoundRegex[]> {
  const Original = globalThis.RegExp;
  const found: FoundRegex[] = [];
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      const regex = Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget) as RegExp;
      const origin = analysisCaller();
      if (origin) found.push({ source: regex.source, flags: regex.flags, origin });
      return regex;
    },
    apply(target, thisArg, args) {
      const regex = Reflect.apply(target, thisArg, args) as RegExp;
      const origin = analysisCaller();
      if (origin) found.push({ source: regex.source, flags: regex.flags, origin });
      return regex;
    },
  });
  try {
    await run();
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** The lib/analysis file that is building a regular expression, or null when a library builds it. */
function analysisCaller(): string | null {
  const frames = (new Error().stack ?? '').split('\n').slice(1);
  const caller = frames.find((frame) => !frame.includes('regex-inventory') && !frame.includes('node:internal') && !frame.includes('<anonymous>'));
  if (!caller || caller.includes('node_modules') || !caller.includes(analysisDir)) return null;
  return `built at run time in ${relative(analysisDir, caller.slice(caller.indexOf(analysisDir)).replace(/\)$/, ''))}`;
}

const parser = new RegExpParser();

/**
 * Splits a big alternation into one expression per branch, so each is checked alone (and quickly):
 * `A|B` into `A` and `B`, and `(?<!x)(?:A|B)(?!y)` into `(?<!x)(?:A)(?!y)` and `(?<!x)(?:B)(?!y)`.
 * A backtracking search tries the branches one after the other and never comes back into a branch
 * from outside it (only lookarounds surround the group), so the work at each position is the sum of
 * the branches' work: the whole is linear when every branch is.
 */
export function branches(source: string, flags: string): string[] {
  let pattern;
  try {
    pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
  } catch {
    return [source];
  }
  if (pattern.alternatives.length > 1) return pattern.alternatives.flatMap((alternative) => branches(alternative.raw, flags));
  const elements = pattern.alternatives[0]?.elements ?? [];
  const groups = elements.filter((element) => (element.type === 'Group' || element.type === 'CapturingGroup') && element.alternatives.length > 1);
  const onlyAssertionsAround = elements.every((element) => groups.includes(element) || element.type === 'Assertion');
  if (groups.length !== 1 || !onlyAssertionsAround) return [source];
  const group = groups[0]!;
  const before = source.slice(0, group.start);
  const after = source.slice(group.end);
  if (group.type !== 'Group' && group.type !== 'CapturingGroup') return [source];
  return group.alternatives.flatMap((alternative) => branches(`${before}(?:${alternative.raw})${after}`, flags));
}

/**
 * True when no part of the expression repeats without bound (no `*`, `+` or `{n,}`): then every
 * attempt reads a bounded number of characters, so a search is linear and needs no proof.
 */
export function hasNoUnboundedRepeat(source: string, flags: string): boolean {
  let unbounded = false;
  try {
    const pattern = parser.parsePattern(source, 0, source.length, { unicode: flags.includes('u'), unicodeSets: flags.includes('v') });
    visitRegExpAST(pattern, {
      onQuantifierEnter(quantifier) {
        if (quantifier.max === Infinity) unbounded = true;
      },
    });
  } catch {
    return false;
  }
  return !unbounded;
}
