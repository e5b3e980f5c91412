/** Local calendar days as `YYYY-MM-DD` keys: the user's day, not UTC's. */

const pad = (n: number) => String(n).padStart(2, '0');

export function dateKey(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((utcOf(to) - utcOf(from)) / 86_400_000);
}

/** The key `days` days after `key` (before, when negative). */
export function addDays(key: string, days: number): string {
  const date = new Date(utcOf(key) + days * 86_400_000);
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

function utcOf(key: string): number {
  const [year, month, day] = key.split('-').map(Number);
  return Date.UTC(year!, month! - 1, day!);
}
