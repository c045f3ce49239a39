/**
 * The progress line of a long profile run: on a terminal only (stderr is a TTY), rewritten in
 * place at most four times a second, and erased at the end, so logs and pipes never see it.
 */
export interface Progress {
  /** `files` done of `total`, `rows` read so far. */
  update(files: number, total: number, rows: number): void;
  done(): void;
}

export const NO_PROGRESS: Progress = { update() {}, done() {} };

export function terminalProgress(stream: NodeJS.WriteStream = process.stderr, label = 'profiling'): Progress {
  if (!stream.isTTY) return NO_PROGRESS;
  const started = performance.now();
  let last = 0;
  let shown = false;
  return {
    update(files, total, rows) {
      const now = performance.now();
      if (now - last < 250) return;
      last = now;
      const seconds = (now - started) / 1000;
      const rate = seconds > 0 ? Math.round(rows / seconds) : 0;
      stream.write(`\r${label}: ${files}/${total} file${total === 1 ? '' : 's'}, ${rows.toLocaleString('en-US')} rows (${rate.toLocaleString('en-US')} rows/s)\x1b[K`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
    },
  };
}
