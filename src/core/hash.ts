import { sha256 as nobleSha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The SHA-256 digest of a string's UTF-8 bytes, as 64 lower-case hex digits. Synchronous in every
 * runtime (browsers, edge functions, Node), from the audited `@noble/hashes`.
 *
 * @example
 * sha256('abc') //=> 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 */
export function sha256(text: string): string {
  return bytesToHex(nobleSha256(utf8ToBytes(text)));
}

/**
 * A canonical JSON text for hashing: object keys sorted at every level (by UTF-16 code units), `undefined`
 * members left out, so two equal values always give the same text whatever order their keys were
 * written in.
 *
 * @example
 * canonicalJson({ b: 1, a: [2, { d: 3, c: 4 }] }) //=> '{"a":[2,{"c":4,"d":3}],"b":1}'
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  // An invalid Date is written as JSON writes it: null.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'null' : JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  const parts: string[] = [];
  for (const k of keys) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) parts.push(`${JSON.stringify(k)}:${canonicalJson(v)}`);
  }
  return `{${parts.join(',')}}`;
}

/**
 * A fast 53-bit fingerprint of a string (a multiply-xor hash over two 32-bit states), as 14 hex digits.
 * Not a cryptographic hash: it tells a retried command from a different one with the same id by the same
 * person, where a collision could only turn that person's own second command into a no-op. Content that
 * people approve is bound with {@link sha256} instead.
 *
 * @example
 * fingerprint('{"type":"submit"}') === fingerprint('{"type":"submit"}') //=> true
 * fingerprint('abc').length //=> 14
 */
export function fingerprint(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (2097152 * (h2 >>> 0) + (h1 >>> 0)).toString(16).padStart(14, '0');
}
