import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Each site's content script may weigh this much gzipped (100 kB, as the build's report counts them). */
export const CONTENT_SCRIPT_BUDGET_BYTES = 100_000;

export interface ContentScript {
  site: string;
  file: string;
  code: string;
  bytes: number;
  gzippedBytes: number;
}

/** The content scripts of a Chrome build (`<extensionDir>/content-scripts/<site>.js`), as shipped. */
export function contentScripts(extensionDir: string): ContentScript[] {
  const dir = join(extensionDir, 'content-scripts');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.js'))
    .sort()
    .map((file) => {
      const bytes = readFileSync(join(dir, file));
      return { site: file.slice(0, -'.js'.length), file, code: bytes.toString('utf8'), bytes: bytes.length, gzippedBytes: gzipSync(bytes).length };
    });
}
