/**
 * A JSON syntax error as a short, stable description. V8's wording changes between Node
 * versions (Node 22 appended line and column), so only the position is kept from it.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  if (position) return `syntax error at character ${Number(position[1]) + 1}`;
  if (/end of (JSON|data)/i.test(message)) return 'the text ends early';
  return message.split('\n')[0];
}
