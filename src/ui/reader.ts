import { getMessage } from "../store/queries.ts";
import type { Store } from "../store/store.ts";
import { messageLines, messageText } from "./render/message-lines.ts";
import type { Line } from "./render/lines.ts";

/** A message laid out in full for the reader, and its plain text (clipboard, $PAGER). */
export interface ReaderPage {
  lines: Line[];
  text: string;
}

let last: { store: Store; message: string; width: number; page: ReaderPage | undefined } | undefined;

/**
 * Every line of one message at a width. Wrapping 256 KiB takes a while, so the last layout is
 * kept: scrolling and searching reuse it.
 */
export function readerPage(store: Store, messageId: string, width: number): ReaderPage | undefined {
  if (last && last.store === store && last.message === messageId && last.width === width) return last.page;
  const message = getMessage(store, messageId);
  const page = message && { lines: messageLines(message, 0, width, { expanded: true, selected: false, full: true }).slice(1), text: messageText(message) };
  last = { store, message: messageId, width, page };
  return page;
}

/** The first line at or after `from` (before, with `step` -1) containing `search`, wrapping around unless told not to. */
export function findLine(lines: readonly Line[], search: string, from: number, step: 1 | -1, wrap = true): number | undefined {
  const needle = search.toLowerCase();
  if (!needle || lines.length === 0) return undefined;
  for (let i = 0; i < lines.length; i++) {
    const at = (((from + step * i) % lines.length) + lines.length) % lines.length;
    if (!wrap && (step > 0 ? at < from : at > from)) return undefined;
    if (lines[at]!.text.toLowerCase().includes(needle)) return at;
  }
  return undefined;
}
