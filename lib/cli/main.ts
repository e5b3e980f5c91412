/** `post-coach check` and `post-coach doctor`: wires the process (argv, files, stdin, stdout, exit code) to the pure parts beside it. */
import { readFile } from 'node:fs/promises';
import pc from 'picocolors';
import * as z from 'zod';
import { createAnalyzer } from '../analysis';
import type { Language } from '../analysis/schema';
import { parseArgs, STDIN, usage, UsageError, type CheckOptions } from './args';
import { checkInputs, exitCodeFor } from './check';
import { diagnose, formatDoctor, readPage } from './doctor';
import { doctorUsage, parseDoctorArgs, type DoctorOptions } from './doctor-args';
import { formatJson, formatJsonl } from './format-json';
import { formatText, shouldColor } from './format-text';
import { describeReadError, InputError, readInputs } from './inputs';
import { cliText } from './messages';
import { loadPacks, packUsage, parsePackArgs, validatePackReport } from './pack';

async function readVersion(): Promise<string> {
  const packageJson = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return z.object({ version: z.string() }).parse(JSON.parse(packageJson)).version;
}

/** The language of the messages, once the command line has said it. */
let uiLanguage: Language = 'en';

let stdin: Promise<string> | undefined;
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write(`${cliText(uiLanguage)('usage.readingStdin')}\n`);
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
// "-" may be given more than once; standard input can be read only once.
const readSource = (file: string) => (file === STDIN ? (stdin ??= readStdin()) : readFile(file, 'utf8'));

async function check(options: CheckOptions): Promise<number> {
  const packFiles = await Promise.all(options.rules.map(async (file) => ({ file, text: await readPackFile(file, options.uiLanguage) })));
  const packs = loadPacks(packFiles, options.uiLanguage);
  const inputs = await readInputs(options.files, options.format, readSource, options.uiLanguage);
  const results = checkInputs(inputs, createAnalyzer({ rules: packs.settings.rules }, { extraRules: packs.rules }), options);
  const output =
    options.format === 'json'
      ? formatJson(results)
      : options.format === 'jsonl'
        ? formatJsonl(results)
        : formatText(results, pc.createColors(shouldColor(process.env, process.stdout.isTTY)), options.uiLanguage);
  process.stdout.write(output);
  return exitCodeFor(results);
}

async function readPackFile(file: string, language: Language): Promise<string> {
  try {
    return await readSource(file);
  } catch (error) {
    throw new InputError(cliText(language)('pack.unreadable', { file, reason: error instanceof Error ? error.message : String(error) }));
  }
}

async function doctor(options: DoctorOptions): Promise<number> {
  let html: string;
  try {
    html = await readSource(options.file);
  } catch (error) {
    throw new InputError(describeReadError(options.file, error, options.uiLanguage));
  }
  const { document, url } = await readPage(html, options.url, options.uiLanguage);
  const report = diagnose(document, url);
  process.stdout.write(options.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatDoctor(report, options.uiLanguage));
  return 0;
}

async function main(argv: readonly string[]): Promise<number> {
  if (argv[0] === 'pack') {
    const command = parsePackArgs(argv.slice(1));
    uiLanguage = command.uiLanguage;
    if (command.name === 'pack-help') {
      process.stdout.write(`${packUsage[command.uiLanguage]}\n`);
      return 0;
    }
    const { output, exitCode } = validatePackReport(command.file, await readPackFile(command.file, command.uiLanguage), command.uiLanguage);
    process.stdout.write(output);
    return exitCode;
  }
  if (argv[0] === 'doctor') {
    const command = parseDoctorArgs(argv.slice(1));
    if (command.name === 'doctor-help') {
      process.stdout.write(`${doctorUsage[command.uiLanguage]}\n`);
      return 0;
    }
    uiLanguage = command.options.uiLanguage;
    return doctor(command.options);
  }
  const command = parseArgs(argv);
  if (command.name === 'check') uiLanguage = command.options.uiLanguage;
  if (command.name === 'help') process.stdout.write(`${usage[command.uiLanguage]}\n`);
  if (command.name === 'version') process.stdout.write(`${await readVersion()}\n`);
  return command.name === 'check' ? check(command.options) : 0;
}

// A reader that stops early (`| head`) is not a failure.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit();
});

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Exit code 1 means "the drafts have errors"; anything that stops the check itself is 2.
  process.exitCode = 2;
  if (error instanceof UsageError) {
    const command = process.argv[2];
    const help = cliText(error.language)(command === 'doctor' ? 'doctor.seeHelp' : command === 'pack' ? 'pack.seeHelp' : 'usage.seeHelp');
    process.stderr.write(`post-coach: ${error.message}\n${help}\n`);
  }
  else if (error instanceof InputError) process.stderr.write(error.message.replace(/^/gm, 'post-coach: ') + '\n');
  else process.stderr.write(`post-coach: ${cliText(uiLanguage)('usage.unexpected')}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
}
