/** Text being typed (prompt, filter, command line) and where the cursor is in it. */
export interface Draft {
  text: string;
  /** Index into `text` (UTF-16), 0 … text.length. */
  cursor: number;
}

export const emptyDraft: Draft = { text: "", cursor: 0 };
export const draftOf = (text: string): Draft => ({ text, cursor: text.length });

/** Inserts `text` at the cursor. */
export const insert = (d: Draft, text: string): Draft => ({ text: d.text.slice(0, d.cursor) + text + d.text.slice(d.cursor), cursor: d.cursor + text.length });

const wordStart = (text: string, from: number): number => {
  let i = from;
  while (i > 0 && /\s/.test(text[i - 1]!)) i--;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i--;
  return i;
};
const wordEnd = (text: string, from: number): number => {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  while (i < text.length && !/\s/.test(text[i]!)) i++;
  return i;
};
const lineStart = (text: string, from: number) => text.lastIndexOf("\n", from - 1) + 1;
const lineEnd = (text: string, from: number) => {
  const i = text.indexOf("\n", from);
  return i < 0 ? text.length : i;
};
// Surrogate pairs move and delete as one character.
const prevIndex = (text: string, i: number) => (i >= 2 && /[\uDC00-\uDFFF]/.test(text[i - 1]!) && /[\uD800-\uDBFF]/.test(text[i - 2]!) ? i - 2 : Math.max(0, i - 1));
const nextIndex = (text: string, i: number) => (i < text.length - 1 && /[\uD800-\uDBFF]/.test(text[i]!) ? i + 2 : Math.min(text.length, i + 1));
const cut = (d: Draft, from: number, to: number): Draft => ({ text: d.text.slice(0, from) + d.text.slice(to), cursor: from });

/** Readline keys: what each does to a draft. Keys not listed here are not editing keys. */
const EDITS: Record<string, (d: Draft) => Draft> = {
  left: (d) => ({ ...d, cursor: prevIndex(d.text, d.cursor) }),
  "ctrl+b": (d) => ({ ...d, cursor: prevIndex(d.text, d.cursor) }),
  right: (d) => ({ ...d, cursor: nextIndex(d.text, d.cursor) }),
  "ctrl+f": (d) => ({ ...d, cursor: nextIndex(d.text, d.cursor) }),
  "ctrl+a": (d) => ({ ...d, cursor: lineStart(d.text, d.cursor) }),
  home: (d) => ({ ...d, cursor: lineStart(d.text, d.cursor) }),
  "ctrl+e": (d) => ({ ...d, cursor: lineEnd(d.text, d.cursor) }),
  end: (d) => ({ ...d, cursor: lineEnd(d.text, d.cursor) }),
  "meta+b": (d) => ({ ...d, cursor: wordStart(d.text, d.cursor) }),
  "meta+left": (d) => ({ ...d, cursor: wordStart(d.text, d.cursor) }),
  "ctrl+left": (d) => ({ ...d, cursor: wordStart(d.text, d.cursor) }),
  "meta+f": (d) => ({ ...d, cursor: wordEnd(d.text, d.cursor) }),
  "meta+right": (d) => ({ ...d, cursor: wordEnd(d.text, d.cursor) }),
  "ctrl+right": (d) => ({ ...d, cursor: wordEnd(d.text, d.cursor) }),
  backspace: (d) => cut(d, prevIndex(d.text, d.cursor), d.cursor),
  "ctrl+h": (d) => cut(d, prevIndex(d.text, d.cursor), d.cursor),
  delete: (d) => cut(d, d.cursor, nextIndex(d.text, d.cursor)),
  "ctrl+d": (d) => cut(d, d.cursor, nextIndex(d.text, d.cursor)),
  "ctrl+w": (d) => cut(d, wordStart(d.text, d.cursor), d.cursor),
  "meta+backspace": (d) => cut(d, wordStart(d.text, d.cursor), d.cursor),
  "meta+d": (d) => cut(d, d.cursor, wordEnd(d.text, d.cursor)),
  "ctrl+u": (d) => cut(d, lineStart(d.text, d.cursor), d.cursor),
  "ctrl+k": (d) => cut(d, d.cursor, lineEnd(d.text, d.cursor)),
};

/** The editing keys, for the keymap's help. */
export const EDIT_KEYS = Object.keys(EDITS);

/**
 * Applies one key to a draft: an editing key, or text typed. `multiline` lets Ctrl-J (and
 * pasted newlines) add lines; else newlines are dropped. Undefined when the key is not text
 * editing (Enter, Esc … are the caller's).
 */
export function edit(d: Draft, key: { name: string; text: string }, multiline: boolean): Draft | undefined {
  const change = EDITS[key.name];
  if (change) return change(d);
  if (key.name === "ctrl+j" || key.name === "meta+enter") return multiline ? insert(d, "\n") : d;
  if (key.text) return insert(d, multiline ? key.text.replace(/\r\n?/g, "\n") : key.text.replace(/[\r\n]/g, ""));
  return undefined;
}
