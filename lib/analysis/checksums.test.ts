import { describe, expect, it } from 'vitest';
import { isLuhnValid, isValidCodiceFiscale, isValidPartitaIva, validIbanAtStart } from './checksums';

describe('isLuhnValid', () => {
  it('accepts card test numbers and rejects a changed digit', () => {
    expect(isLuhnValid('4111111111111111')).toBe(true);
    expect(isLuhnValid('5555555555554444')).toBe(true);
    expect(isLuhnValid('378282246310005')).toBe(true);
    expect(isLuhnValid('4111111111111112')).toBe(false);
  });
  it('rejects anything but digits', () => {
    expect(isLuhnValid('')).toBe(false);
    expect(isLuhnValid('4111 1111 1111 1111')).toBe(false);
  });
});

describe('isValidPartitaIva', () => {
  it('checks the last digit', () => {
    expect(isValidPartitaIva('01234567897')).toBe(true);
    expect(isValidPartitaIva('07952210966')).toBe(true);
    expect(isValidPartitaIva('01234567890')).toBe(false);
  });
  it('needs exactly 11 digits, not all zero', () => {
    expect(isValidPartitaIva('0123456789')).toBe(false);
    expect(isValidPartitaIva('00000000000')).toBe(false);
  });
});

describe('isValidCodiceFiscale', () => {
  it('checks the last letter, in either case', () => {
    expect(isValidCodiceFiscale('RSSMRA85T10A562S')).toBe(true);
    expect(isValidCodiceFiscale('bncgli90a41f205h')).toBe(true);
    expect(isValidCodiceFiscale('RSSMRA85T10A562X')).toBe(false);
  });
  it('accepts letters in place of digits (omocodia) and rejects a bad month letter', () => {
    // RSSMRA85T10A562S with its last digit replaced by its letter, and the check letter recomputed.
    expect(isValidCodiceFiscale('RSSMRA85T10A56NH')).toBe(true);
    expect(isValidCodiceFiscale('RSSMRA85Z10A562S')).toBe(false);
  });
});

describe('validIbanAtStart', () => {
  it('reads grouped and compact IBANs', () => {
    expect(validIbanAtStart('IT60 X054 2811 1010 0000 0123 456')).toBe('IT60X0542811101000000123456');
    expect(validIbanAtStart('GB82WEST12345698765432')).toBe('GB82WEST12345698765432');
  });
  it('ignores what follows the IBAN', () => {
    expect(validIbanAtStart('DE89 3704 0044 0532 0130 00 GRAZIE')).toBe('DE89370400440532013000');
  });
  it('rejects wrong check digits, unknown countries and short strings', () => {
    expect(validIbanAtStart('IT61X0542811101000000123456')).toBeNull();
    expect(validIbanAtStart('QQ60X0542811101000000123456')).toBeNull();
    expect(validIbanAtStart('IT60X05428')).toBeNull();
  });
});
