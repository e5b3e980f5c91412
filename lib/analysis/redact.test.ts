import { expect, it } from 'vitest';
import { redact } from './redact';

it('keeps the first four characters of a long value', () => {
  expect(redact('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')).toBe('ghp_…');
  expect(redact('mario.rossi@gmail.com')).toBe('mari…');
});

it('shows less of a short value', () => {
  expect(redact('hunter2')).toBe('h…');
  expect(redact('Estate2024!')).toBe('Es…');
  expect(redact('')).toBe('…');
});

it('never splits an emoji or a surrogate pair', () => {
  expect(redact('🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑🔑')).toBe('🔑🔑🔑🔑…');
});
