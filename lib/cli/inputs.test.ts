import { describe, expect, it } from 'vitest';
import { detectDelimiter, inputKind, inputLabel, InputError, parseCsv, parseInput, parseJsonl, readInputs, type Input } from './inputs';

const drafts = (inputs: Input[]) => inputs.filter((input) => input.kind === 'draft');
const badRows = (inputs: Input[]) => inputs.filter((input) => input.kind === 'bad-row');

describe('parseJsonl', () => {
  it('reads every good line around a malformed one and names the bad lines', () => {
    const jsonl = [
      '{"id": "mon", "text": "Three tips for shorter meetings.", "platform": "linkedin"}',
      '{"id": "tue", "text": "unterminated',
      '',
      '{"id": 3, "text": "Ciao a tutti", "platform": "TikTok"}',
      '{"id": "thu", "lang": "it"}',
      '["an", "array"]',
      'Great news everyone',
      '{"text": "No id here.", "lang": "IT", "platform": null, "date": "2025-05-02"}',
    ].join('\n');
    expect(parseJsonl(jsonl, 'week.jsonl')).toEqual([
      { kind: 'draft', source: 'week.jsonl', id: 'mon', text: 'Three tips for shorter meetings.', platform: 'linkedin', language: undefined },
      { kind: 'bad-row', source: 'week.jsonl', line: 2, error: 'Not valid JSON (at column 36)' },
      { kind: 'bad-row', source: 'week.jsonl', id: 3, line: 4, error: expect.stringMatching(/^Invalid platform "TikTok": expected one of x, linkedin, /) },
      { kind: 'bad-row', source: 'week.jsonl', id: 'thu', line: 5, error: 'Missing text' },
      { kind: 'bad-row', source: 'week.jsonl', line: 6, error: expect.stringMatching(/^Expected a JSON object/) },
      { kind: 'bad-row', source: 'week.jsonl', line: 7, error: 'Not valid JSON' },
      { kind: 'draft', source: 'week.jsonl', id: 8, text: 'No id here.', platform: undefined, language: 'it' },
    ]);
  });

  it('never echoes a draft in an error', () => {
    const [row] = parseJsonl('{"id": 1, "text": {"secret": "Project Falcon ships"}}', 'x.jsonl');
    expect(row).toMatchObject({ kind: 'bad-row', error: 'Invalid text: expected a string, got a object' });
    expect(JSON.stringify(parseJsonl('Project Falcon ships in May', 'x.jsonl'))).not.toContain('Falcon');
  });

  it('describes bad lines in the interface language', () => {
    const jsonl = ['{"id": "tue", "text": "unterminated', '{"id": 3, "text": "Ciao", "platform": "TikTok"}', '{"id": "thu"}', '[1]', '{"id": 5, "text": 7}'];
    expect(badRows(parseJsonl(jsonl.join('\n'), 'week.jsonl', 'it')).map((row) => row.kind === 'bad-row' && row.error)).toEqual([
      'JSON non valido (alla colonna 36)',
      expect.stringMatching(/^"TikTok" non è un valore valido per platform: i valori ammessi sono x, linkedin, /),
      'Manca il campo text',
      'Serve un oggetto JSON come {"id": "1", "text": "…"}',
      'Valore non valido per text: serve un testo, non un numero',
    ]);
  });

  it('reads Windows line breaks and a byte-order mark, inside texts too', () => {
    const inputs = parseJsonl('\uFEFF{"id": "a", "text": "one\\r\\ntwo"}\r\n{"id": "b", "text": "three"}\r\n', '-');
    expect(inputs.map((input) => input.kind === 'draft' && input.text)).toEqual(['one\ntwo', 'three']);
  });
});

describe('parseCsv', () => {
  it('reads quoted cells with delimiters, doubled quotes and line breaks, with ";" detected and a BOM', () => {
    const csv =
      '\uFEFFID;Text;Platform;Lang\r\n' +
      'p1;"Tip: one idea per post; ""less"" is more.\r\nSecond paragraph.";X;\r\n' +
      '\r\n' +
      ';;;\r\n' +
      ';Tre consigli per il tuo profilo;LinkedIn;it\r\n';
    expect(parseCsv(csv, 'plan.csv')).toEqual([
      { kind: 'draft', source: 'plan.csv', id: 'p1', text: 'Tip: one idea per post; "less" is more.\nSecond paragraph.', platform: 'x', language: undefined },
      // Its id is the line where the row starts, after the two-line row, a blank line and an empty row.
      { kind: 'draft', source: 'plan.csv', id: 6, text: 'Tre consigli per il tuo profilo', platform: 'linkedin', language: 'it' },
    ]);
  });

  it('reads "," when the header uses it, and unquoted quotes as written', () => {
    const inputs = parseCsv('id,platform,text\n1,x,"Hello, world"\n2,bluesky,She said "hi"; we waved\n', 'plan.csv');
    expect(inputs.map((input) => input.kind === 'draft' && [input.id, input.platform, input.text])).toEqual([
      ['1', 'x', 'Hello, world'],
      ['2', 'bluesky', 'She said "hi"; we waved'],
    ]);
  });

  it('reports bad rows and keeps checking the rest', () => {
    const csv = 'id;text;platform\na;fine;x\nb;cut; here;x\nc;other;tiktok\nd;also fine;x\ne;"never closed\n';
    const inputs = parseCsv(csv, 'plan.csv');
    expect(drafts(inputs).map((draft) => draft.id)).toEqual(['a', 'd']);
    expect(badRows(inputs)).toEqual([
      { kind: 'bad-row', source: 'plan.csv', id: 'b', line: 3, error: '4 cells but the header has 3: put any text that contains ";" in double quotes' },
      { kind: 'bad-row', source: 'plan.csv', id: 'c', line: 4, error: expect.stringMatching(/^Invalid platform "tiktok"/) },
      { kind: 'bad-row', source: 'plan.csv', line: 6, error: expect.stringMatching(/^A quoted cell is never closed/) },
    ]);
  });

  it('describes bad rows and a missing "text" column in the interface language', () => {
    const csv = 'id;text;platform\nb;cut; here;x\nc;other;tiktok\ne;"never closed\n';
    expect(badRows(parseCsv(csv, 'plan.csv', 'it')).map((row) => row.kind === 'bad-row' && row.error)).toEqual([
      '4 celle, ma l\'intestazione ne ha 3: metti tra virgolette doppie il testo che contiene ";"',
      expect.stringMatching(/^"tiktok" non è un valore valido per platform/),
      expect.stringMatching(/^Una cella tra virgolette non viene mai chiusa/),
    ]);
    expect(() => parseCsv('id,body\n1,Hello\n', 'plan.csv', 'it')).toThrow('plan.csv non ha una colonna "text"');
  });

  it('treats a short row as missing its text', () => {
    expect(parseCsv('id,text\n9\n', 'plan.csv')).toEqual([{ kind: 'bad-row', source: 'plan.csv', id: '9', line: 2, error: 'Missing text' }]);
  });

  it('refuses a CSV without a "text" column', () => {
    expect(() => parseCsv('id,body\n1,Hello\n', 'plan.csv')).toThrow(InputError);
    expect(() => parseCsv('id,body\n1,Hello\n', 'plan.csv')).toThrow('plan.csv has no "text" column');
    expect(() => parseCsv('', 'empty.csv')).toThrow('empty.csv has no "text" column');
  });

  it('detects the delimiter from the header, outside quotes', () => {
    expect(detectDelimiter('id;text\n1,2,3,4')).toBe(';');
    expect(detectDelimiter('"a;b;c",text\n')).toBe(',');
    expect(detectDelimiter('text\n')).toBe(',');
  });
});

describe('inputs', () => {
  it('chooses how to read a file from its extension and the output format', () => {
    expect(inputKind('plan.CSV', 'jsonl')).toBe('csv');
    expect(inputKind('week.jsonl', 'text')).toBe('jsonl');
    expect(inputKind('-', 'jsonl')).toBe('jsonl');
    expect(inputKind('post.txt', 'json')).toBe('text');
  });

  it('reads a plain file as one draft without its final line break', () => {
    expect(parseInput('Hello\r\nworld\n', '-', 'text')).toEqual([{ kind: 'draft', source: '<stdin>', text: 'Hello\nworld' }]);
  });

  it('labels whole files by name and rows by id or line', () => {
    expect(inputLabel({ kind: 'draft', source: 'post.txt', text: '' })).toBe('post.txt');
    expect(inputLabel({ kind: 'draft', source: 'plan.csv', id: 'p1', text: '' })).toBe('plan.csv#p1');
    expect(inputLabel({ kind: 'bad-row', source: 'plan.csv', line: 4, error: '' })).toBe('plan.csv#4');
  });

  it('reads every file first and names all the unreadable ones', async () => {
    const missing = Object.assign(new Error('ENOENT: no such file'), { code: 'ENOENT' });
    const read = async (file: string) => {
      if (file.startsWith('missing')) throw missing;
      return `text of ${file}`;
    };
    await expect(readInputs([], 'text', read)).resolves.toEqual([{ kind: 'draft', source: '<stdin>', text: 'text of -' }]);
    await expect(readInputs(['a.txt', 'missing-1.txt', 'missing-2.csv'], 'text', read)).rejects.toThrow(
      'Cannot read missing-1.txt: no such file.\nCannot read missing-2.csv: no such file.',
    );
  });

  it('names unreadable files in the interface language', async () => {
    const denied = Object.assign(new Error('EACCES'), { code: 'EACCES' });
    const read = async () => {
      throw denied;
    };
    await expect(readInputs(['-', 'secret.txt'], 'text', read, 'it')).rejects.toThrow(
      "Impossibile leggere l'input standard: permesso negato.\nImpossibile leggere secret.txt: permesso negato.",
    );
  });
});
