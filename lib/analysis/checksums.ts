import { electronicFormatIBAN, getCountrySpecifications, isValidIBAN } from 'ibantools';

/**
 * Check digits of the numbers that identify a person or their money. A number that passes its check is
 * very likely real (a typo fails it), so rules can flag it without nagging about every long number.
 */

/** Luhn (mod 10): the last digit of payment cards and of the Italian partita IVA. */
export function isLuhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** Italian VAT number: 11 digits whose last one is a Luhn check digit. */
export function isValidPartitaIva(value: string): boolean {
  return /^\d{11}$/.test(value) && !/^0+$/.test(value) && isLuhnValid(value);
}

// Letters and digits in a codice fiscale; digits may be swapped for letters (omocodia) where two people collide.
const CODICE_FISCALE = /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[ABCDEHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/;
// Value of a character in an odd position (1st, 3rd, …), indexed by letter (A=0) or digit (0=0): the law's table.
const ODD_POSITION_VALUES = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23];

/** Italian tax code of a person (16 characters), with its check letter (D.M. 23/12/1976). */
export function isValidCodiceFiscale(value: string): boolean {
  const code = value.toUpperCase();
  if (!CODICE_FISCALE.test(code)) return false;
  let sum = 0;
  for (let i = 0; i < 15; i++) {
    const char = code.charCodeAt(i);
    const index = char <= 57 ? char - 48 : char - 65;
    sum += i % 2 === 0 ? ODD_POSITION_VALUES[index]! : index;
  }
  return code.charCodeAt(15) - 65 === sum % 26;
}

/**
 * The IBAN that `candidate` starts with (spaces allowed, trailing text ignored), in electronic format,
 * when its length fits the country and its check digits are right; otherwise null.
 */
export function validIbanAtStart(candidate: string): string | null {
  const compact = electronicFormatIBAN(candidate);
  if (!compact) return null;
  const length = getCountrySpecifications()[compact.slice(0, 2)]?.chars;
  if (!length || compact.length < length) return null;
  const iban = compact.slice(0, length);
  return isValidIBAN(iban) ? iban : null;
}
