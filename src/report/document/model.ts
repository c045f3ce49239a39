/**
 * The report document: a small tree of blocks and inline content, built from plain data and
 * rendered by three backends — markdown as GitHub shows it (the PR comment and job summary),
 * plain terminal text (the CLI on a TTY), and HTML (the self-contained report page). A renderer
 * never sees raw strings it has to guess about: prose is `text`, a value from data is `value`
 * or `code`, and each backend escapes them for its own medium in one place.
 */
import type { Status } from '../../result.js';
import type { ChartSpec } from './charts.js';

/** Inline content. Strings given to the builders become `text`. */
export type Inline =
  /** Prose written by us or a sentence about the data: escaped, shown as is. */
  | { readonly kind: 'text'; readonly text: string }
  /** A value from data (a slice value, a category): escaped, and empty or blank shown visibly. */
  | { readonly kind: 'value'; readonly text: string }
  /** A name or value from data in monospace (a column, a metric, an offending value). */
  | { readonly kind: 'code'; readonly text: string }
  | { readonly kind: 'strong'; readonly children: readonly Inline[] }
  | { readonly kind: 'emphasis'; readonly children: readonly Inline[] }
  /** A link; unsafe targets (anything but http(s), mailto, relative) render as their text alone. */
  | { readonly kind: 'link'; readonly href: string; readonly children: readonly Inline[] }
  /** A status icon (✅ ❌ …) with its word for readers who cannot see the icon. */
  | { readonly kind: 'status'; readonly status: Status };

/** What builders accept where inline content goes: a string (prose), a node, or a list of them. */
export type Content = string | Inline | readonly Content[];

export type Align = 'left' | 'right' | 'center';

export interface Column {
  readonly header: readonly Inline[];
  readonly align: Align;
}

export interface Cell {
  readonly content: readonly Inline[];
  /** What the HTML table sorts this cell by (a number sorts numerically); the shown text otherwise. */
  readonly sortKey?: number | string | null;
}

export type NoteTone = 'note' | 'tip' | 'important' | 'warning' | 'caution';

export type Block =
  | { readonly kind: 'heading'; readonly level: 1 | 2 | 3 | 4; readonly content: readonly Inline[] }
  | { readonly kind: 'paragraph'; readonly content: readonly Inline[] }
  | {
      readonly kind: 'table';
      readonly columns: readonly Column[];
      readonly rows: readonly (readonly Cell[])[];
      /**
       * Rows shown before the rest is folded (markdown: a details block with the remaining rows;
       * terminal: a count). The caller orders the rows so the ones that matter come first.
       * The HTML page shows every row (it sorts them).
       */
      readonly foldAfter?: number;
      /** A short name for what a row is ("columns", "checks"), used in the fold's summary. */
      readonly rowNoun?: string;
      /** A caption for the HTML table and screen readers; markdown shows none. */
      readonly caption?: string;
    }
  | { readonly kind: 'details'; readonly summary: readonly Inline[]; readonly children: readonly Block[]; readonly open?: boolean }
  | { readonly kind: 'list'; readonly ordered: boolean; readonly items: readonly (readonly Inline[])[] }
  | { readonly kind: 'chart'; readonly chart: ChartSpec }
  | { readonly kind: 'note'; readonly tone: NoteTone; readonly children: readonly Block[] }
  | { readonly kind: 'code-block'; readonly text: string; readonly language?: string };

export interface ReportDocument {
  readonly blocks: readonly Block[];
}

/** Flattens builder content into inline nodes. */
export function inline(content: Content): Inline[] {
  if (typeof content === 'string') return content.length > 0 ? [{ kind: 'text', text: content }] : [];
  if (isInline(content)) return [content];
  return (content as readonly Content[]).flatMap(inline);
}

function isInline(content: Content): content is Inline {
  return typeof content === 'object' && content !== null && !Array.isArray(content) && 'kind' in content;
}
