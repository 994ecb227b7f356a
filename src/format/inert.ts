/**
 * Text from the database is untrusted: agents write it. Before it reaches a terminal, every
 * control character, escape sequence introducer and bidi override becomes visible, inert text.
 */

// C0 controls (but \t \n, handled by callers), DEL, C1 controls.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
// Bidi embeddings, overrides and isolates, and invisible characters that can hide text.
const INVISIBLE = /[\u061c\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\ufff9-\ufffb]/g;

const controlPicture = (c: string): string => {
  const code = c.charCodeAt(0);
  if (code < 0x20) return String.fromCharCode(0x2400 + code); // ␀ … ␟ (ESC shows as ␛)
  if (code === 0x7f) return "␡";
  return `\\x${code.toString(16)}`;
};

const escapeInvisible = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/** Multi-line text made safe to print: newlines and tabs kept, everything else inert. */
export function inert(text: string): string {
  return text.replace(CONTROL, controlPicture).replace(INVISIBLE, escapeInvisible);
}

/** One-line text made safe to print: newlines shown as ⏎, tabs as spaces. */
export function inertLine(text: string): string {
  return inert(text.replace(/\r\n|\r|\n/g, "⏎").replace(/\t/g, " "));
}

// Made on first use: constructing a Segmenter costs ~9 ms, too much for every CLI start.
let segmenter: Intl.Segmenter | undefined;
const graphemes = (text: string) => (segmenter ??= new Intl.Segmenter()).segment(text);

/** Display width in terminal columns (wide characters count 2). */
export const displayWidth = (text: string): number => Bun.stringWidth(text);

/** Cuts text to at most `width` columns, ending in … when cut; never splits a wide character. */
export function truncate(text: string, width: number): string {
  if (width <= 0) return "";
  if (displayWidth(text) <= width) return text;
  let out = "";
  let used = 0;
  for (const { segment } of graphemes(text)) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads (or cuts) to exactly `width` columns. */
export function fit(text: string, width: number, align: "left" | "right" = "left"): string {
  const cut = truncate(text, width);
  const gap = " ".repeat(Math.max(0, width - displayWidth(cut)));
  return align === "left" ? cut + gap : gap + cut;
}

/** Wraps inert text to lines of at most `width` columns (hard-wrapping long words). */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    let used = 0;
    for (const { segment } of graphemes(paragraph.replace(/\t/g, "  "))) {
      const w = displayWidth(segment);
      if (used + w > width) {
        // Break at the last space when there is one, so words stay whole.
        const space = line.lastIndexOf(" ");
        if (space > 0 && segment !== " ") {
          lines.push(line.slice(0, space));
          line = line.slice(space + 1);
          used = displayWidth(line);
        } else {
          lines.push(line);
          line = "";
          used = 0;
        }
        if (segment === " ") continue;
      }
      line += segment;
      used += w;
    }
    lines.push(line);
  }
  return lines;
}
