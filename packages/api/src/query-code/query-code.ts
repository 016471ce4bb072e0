import { createHash, randomBytes } from 'node:crypto';

/** 32 symbols, none of 0/O/1/I, so a code read aloud or copied by hand is not mistaken: 5 bits per character. */
export const QUERY_CODE_ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ';
const GROUPS = 4;
const GROUP_LENGTH = 4;
/** 16 characters × 5 bits = 80 bits from the system's CSPRNG. */
const RANDOM_BYTES = (GROUPS * GROUP_LENGTH * 5) / 8;

/** A new query code (查询码) such as `7KQ9-M2XD-PW4H-C8RT`: random, 80 bits. */
export function newQueryCode(): string {
  const bytes = randomBytes(RANDOM_BYTES);
  let chars = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      chars += QUERY_CODE_ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return chars.match(new RegExp(`.{${GROUP_LENGTH}}`, 'g'))?.join('-') ?? chars;
}

/** What a person may type for a code: any case, with or without spaces and dashes. */
export function normaliseQueryCode(input: string): string {
  return input.toUpperCase().replace(/[\s-]+/g, '');
}

/**
 * The only form in which a code is stored or looked up. Every input, well-formed or not, is hashed and looked up the
 * same way, so a malformed code cannot be told from an unknown one. 80 random bits make a salt or key unnecessary:
 * nobody can try 2^80 hashes against a leaked table.
 */
export function hashQueryCode(input: string): string {
  return createHash('sha256')
    .update(`xinfang:query-code:v1:${normaliseQueryCode(input)}`)
    .digest('hex');
}
