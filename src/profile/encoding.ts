/**
 * Binary fields of the profile as base64 text: float64 arrays little-endian (sketch items),
 * byte arrays as they are (HyperLogLog registers), and 64-bit hashes as 16 hex digits.
 */

const littleEndian = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

export function encodeFloat64(values: Float64Array): string {
  const bytes = Buffer.from(values.buffer, values.byteOffset, values.byteLength);
  if (littleEndian) return bytes.toString('base64');
  const copy = Buffer.from(bytes);
  copy.swap64();
  return copy.toString('base64');
}

/** The doubles in `text`; undefined when it is not base64 of whole doubles. */
export function decodeFloat64(text: string): Float64Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.length % 8 !== 0) return undefined;
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  if (!littleEndian) Buffer.from(copy.buffer).swap64();
  return new Float64Array(copy.buffer);
}

export function encodeBytes(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

export function decodeBytes(text: string): Uint8Array | undefined {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(text)) return undefined;
  return new Uint8Array(Buffer.from(text, 'base64'));
}

export function encodeHash(h1: number, h2: number): string {
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

export function decodeHash(text: string): { h1: number; h2: number } | undefined {
  if (!/^[0-9a-f]{16}$/.test(text)) return undefined;
  return { h1: parseInt(text.slice(0, 8), 16), h2: parseInt(text.slice(8), 16) };
}
