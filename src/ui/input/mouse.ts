/** A mouse report from the terminal (SGR encoding, mode 1006): where, which button, press or release. */
export interface MouseEvent {
  kind: "press" | "release" | "wheelUp" | "wheelDown";
  /** 0 left, 1 middle, 2 right (presses and releases). */
  button: number;
  /** Cell, 0-based from the top-left corner. */
  x: number;
  y: number;
}

/** Turns mouse reporting on (1000: presses, releases and the wheel; 1006: SGR coordinates, no 223-column limit). */
export const MOUSE_ON = "\u001b[?1000h\u001b[?1006h";
export const MOUSE_OFF = "\u001b[?1006l\u001b[?1000l";

// ESC [ < button ; column ; row (M press, m release)
const SGR = /\u001b\[<(\d+);(\d+);(\d+)([Mm])/g;
/** The start of a report cut off at the end of a read: kept until the next read completes it. */
const PARTIAL = /\u001b\[<[\d;]*$/;

function mouseEvent(code: number, column: number, row: number, final: string): MouseEvent | undefined {
  // Bit 5 is motion (not asked for), bits 2–4 are Shift/Alt/Ctrl.
  if (code & 32) return undefined;
  const x = column - 1;
  const y = row - 1;
  if (code & 64) return (code & 3) === 0 ? { kind: "wheelUp", button: 0, x, y } : (code & 3) === 1 ? { kind: "wheelDown", button: 0, x, y } : undefined;
  return { kind: final === "M" ? "press" : "release", button: code & 3, x, y };
}

/** What one read held, in order: text for the key parser and mouse reports, one by one. */
export type InputPiece = { text: string } | { mouse: MouseEvent };

/**
 * Splits what the terminal sent into text and mouse reports, keeping their order. A report
 * cut off at the end (`rest`) is kept for the next read; a lone Esc is a key and goes on as
 * text, so Esc still works.
 */
export function splitMouse(input: string): { pieces: InputPiece[]; rest: string } {
  const pieces: InputPiece[] = [];
  let at = 0;
  for (const match of input.matchAll(SGR)) {
    if (match.index > at) pieces.push({ text: input.slice(at, match.index) });
    const event = mouseEvent(Number(match[1]), Number(match[2]), Number(match[3]), match[4]!);
    if (event) pieces.push({ mouse: event });
    at = match.index + match[0].length;
  }
  const tail = input.slice(at);
  // Only `ESC [ <` begins a report (no key does), so a bare ESC at the end is never held.
  const partial = PARTIAL.exec(tail);
  const text = partial ? tail.slice(0, partial.index) : tail;
  if (text) pieces.push({ text });
  return { pieces, rest: partial?.[0] ?? "" };
}
