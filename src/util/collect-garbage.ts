/**
 * A full garbage collection between the phases of a command (file loaded → columns prepared →
 * metrics), so the next phase's working arrays reuse the memory the last one left behind.
 *
 * Why by hand: V8 collects ArrayBuffer memory only once tens of megabytes of it have piled up
 * since the last collection, and on a million rows the load phase's garbage (read buffers, label
 * columns as numbers, intermediate codes) would otherwise sit under the metrics' own arrays and
 * count twice in the peak. The JavaScript heap itself is small (the data lives in typed
 * arrays), so a collection costs a few milliseconds.
 *
 * `gc` is reached by switching V8's expose-gc flag on at run time and taking the function from a
 * new context, where the flag applies. Where that is not possible, this does nothing.
 */
import v8 from 'node:v8';
import vm from 'node:vm';

let collect: (() => void) | null | undefined;

export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      v8.setFlagsFromString('--expose-gc');
      const gc: unknown = vm.runInNewContext('gc');
      collect = typeof gc === 'function' ? (gc as () => void) : null;
    } catch {
      collect = null;
    }
  }
  if (collect === null) return;
  // The first collection finds the garbage; ArrayBuffer memory is then freed by a sweep that
  // finishes in the background or at the start of the next collection: the second one.
  collect();
  collect();
}
