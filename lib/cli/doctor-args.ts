import { parseArgs as tokenize } from 'node:util';
import { STDIN, UsageError } from './args';

export interface DoctorOptions {
  /** The saved page or outer HTML; `-` for standard input. */
  file: string;
  /** The page's address, when the file does not name it. */
  url?: string;
  format: 'text' | 'json';
}

export type DoctorCommand = { name: 'doctor-help' } | { name: 'doctor'; options: DoctorOptions };

export const doctorUsage = `Usage: post-coach doctor <page.html | -> [--url <address>] [--format text|json]

Site health check: lists what each site adapter and the generic reader find in a page saved from
the browser ("Save page as…", or SingleFile), or in an element's outer HTML copied from the
developer tools ("-" reads it from standard input). Drafts are described by their length only.

Options:
  --url <address>    the page's address, for a file that does not name it (outer HTML); without
                     one, the browser's note in the saved page or its canonical link is used, and
                     failing those every site adapter is tried
  --format <format>  text (default) or json
  -h, --help         show this help

Frames are not inside the saved file: save the frame's page on its own.`;

/** Reads `post-coach doctor`'s arguments (after the word "doctor"). Throws UsageError with a message for the user. */
export function parseDoctorArgs(argv: readonly string[]): DoctorCommand {
  const { values, positionals } = (() => {
    try {
      return tokenize({
        args: [...argv],
        allowPositionals: true,
        options: { url: { type: 'string' }, format: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      });
    } catch (error) {
      throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error));
    }
  })();
  if (values.help) return { name: 'doctor-help' };
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'doctor reads one page at a time.' : 'Give the saved page to check, or "-" to read HTML from standard input.');
  const format = values.format ?? 'text';
  if (format !== 'text' && format !== 'json') throw new UsageError(`--format must be text or json, not "${format}".`);
  if (values.url !== undefined && !/^https?:\/\//.test(values.url)) throw new UsageError(`--url must be a web address starting with https://, not "${values.url}".`);
  return { name: 'doctor', options: { file: positionals[0] === STDIN ? STDIN : positionals[0]!, url: values.url, format } };
}
