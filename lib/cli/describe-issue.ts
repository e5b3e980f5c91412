import type * as z from 'zod';

const MAX_SHOWN = 40;

function show(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > MAX_SHOWN ? `${json.slice(0, MAX_SHOWN - 1)}…` : json;
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

/**
 * Turns the first zod issue about one named value (a flag, a JSON field, a CSV cell) into one line a
 * person can act on. Wrong types name the type, not the value, so a draft given where a string was
 * expected is never echoed.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined, name: string, value: unknown): string {
  if (value === undefined) return `Missing ${name}`;
  switch (issue?.code) {
    case 'invalid_value':
      return `Invalid ${name} ${show(value)}: expected one of ${issue.values.join(', ')}`;
    case 'invalid_type':
      return `Invalid ${name}: expected a ${issue.expected}, got ${typeName(value)}`;
    default:
      return `Invalid ${name}: ${issue?.message ?? 'unexpected value'}`;
  }
}
