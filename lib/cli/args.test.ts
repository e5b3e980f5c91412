import { describe, expect, it } from 'vitest';
import { parseArgs, UsageError } from './args';

const check = (...argv: string[]) => {
  const command = parseArgs(argv);
  if (command.name !== 'check') throw new Error(`expected check, got ${command.name}`);
  return command.options;
};

describe('parseArgs', () => {
  it('defaults to standard input, text output, English messages and detected language', () => {
    expect(check('check')).toEqual({ files: [], platform: undefined, language: undefined, uiLanguage: 'en', format: 'text', rules: [] });
  });

  it('reads files and flags in any order, with or without the command word and with = values', () => {
    const expected = { files: ['a.txt', '-', 'b.csv'], platform: 'linkedin', language: 'it', uiLanguage: 'it', format: 'jsonl', rules: [] };
    expect(check('check', 'a.txt', '--platform', 'linkedin', '-', '--lang=it', '--ui-lang', 'it', 'b.csv', '--format', 'jsonl')).toEqual(expected);
    expect(check('a.txt', '-', 'b.csv', '--platform=LinkedIn', '--lang', 'it', '--ui-lang=it', '--format=jsonl')).toEqual(expected);
  });

  it('keeps a file named like a flag after --', () => {
    expect(check('check', '--', '--odd-name.txt').files).toEqual(['--odd-name.txt']);
  });

  it('answers --help and --version before anything else', () => {
    expect(parseArgs(['check', '--platform', 'x', '--help'])).toEqual({ name: 'help', uiLanguage: 'en' });
    expect(parseArgs(['-h'])).toEqual({ name: 'help', uiLanguage: 'en' });
    expect(parseArgs(['-h', '--ui-lang', 'it'])).toEqual({ name: 'help', uiLanguage: 'it' });
    expect(parseArgs(['--version'])).toEqual({ name: 'version' });
    expect(parseArgs(['-v'])).toEqual({ name: 'version' });
  });

  it.each([
    [['--foo'], 'Unknown option --foo.'],
    [['-x'], 'Unknown option -x.'],
    [['--platform'], /^Missing value for --platform \(one of x, linkedin, .*generic\)\.$/],
    [['--platform', '--lang', 'en'], /^Missing value for --platform/],
    [['--platform', 'tiktok'], /^Invalid --platform "tiktok": expected one of x, linkedin, .*generic\.$/],
    [['--lang', 'fr'], 'Invalid --lang "fr": expected one of en, it.'],
    [['--ui-lang', 'de'], 'Invalid --ui-lang "de": expected one of en, it.'],
    [['--format', 'xml'], 'Invalid --format "xml": expected one of text, json, jsonl.'],
    [['--help=yes'], '--help takes no value.'],
  ])('rejects %j with a usage error', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it.each([
    [['--ui-lang', 'it', '--foo'], 'Opzione sconosciuta: --foo.'],
    [['--ui-lang=it', '--platform'], /^Manca il valore di --platform \(uno tra x, linkedin, .*generic\)\.$/],
    [['--platform', 'tiktok', '--ui-lang', 'it'], /^"tiktok" non è un valore valido per --platform: i valori ammessi sono x, linkedin, .*generic\.$/],
    [['--help=yes', '--ui-lang', 'IT'], '--help non accetta valori.'],
  ])('explains %j in the --ui-lang language', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(message);
    try {
      parseArgs(argv);
    } catch (error) {
      expect(error).toMatchObject({ name: 'UsageError', language: 'it' });
    }
  });
});
