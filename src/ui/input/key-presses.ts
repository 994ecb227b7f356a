import type { Key } from "ink";

/** One key as the UI acts on it: a normalized name ("j", "enter", "ctrl+w") and the text it types, if any. */
export interface KeyPress {
  name: string;
  /** What the key inserts in a text field ("" for keys that type nothing). */
  text: string;
}

/** A single character read raw from the terminal, as a key. */
function charPress(c: string): KeyPress {
  if (c === "\r") return { name: "enter", text: "" };
  if (c === "\n") return { name: "ctrl+j", text: "" };
  if (c === "\t") return { name: "tab", text: "" };
  if (c === "\u007f" || c === "\b") return { name: "backspace", text: "" };
  if (c === "\u001b") return { name: "escape", text: "" };
  const code = c.codePointAt(0)!;
  if (code === 0) return { name: "ctrl+space", text: "" };
  if (code < 0x20) return { name: `ctrl+${String.fromCharCode(code + 96)}`, text: "" };
  return { name: c, text: c };
}

/** One name for an Ink key event: "j", "G", "enter", "shift+tab", "ctrl+c", "pageup" … */
export function keyName(input: string, key: Key): string {
  if (key.upArrow) return "up";
  if (key.downArrow) return "down";
  if (key.leftArrow) return key.meta ? "meta+left" : key.ctrl ? "ctrl+left" : "left";
  if (key.rightArrow) return key.meta ? "meta+right" : key.ctrl ? "ctrl+right" : "right";
  if (key.pageUp) return "pageup";
  if (key.pageDown) return "pagedown";
  if (key.home) return "home";
  if (key.end) return "end";
  if (key.return) return key.meta ? "meta+enter" : "enter";
  if (key.escape) return "escape";
  if (key.tab) return key.shift ? "shift+tab" : "tab";
  if (key.delete) return "delete";
  if (key.backspace) return key.meta ? "meta+backspace" : "backspace";
  if (key.ctrl && input) return `ctrl+${input.toLowerCase()}`;
  if (key.meta && input) return `meta+${input}`;
  if (input === "\n") return "ctrl+j";
  return input;
}

/**
 * The keys in one Ink input event. A terminal delivers whatever arrived in one read: `jjj`,
 * `quick reply\r` or `\ra` come as one event, and Ink's parser splits off only escape
 * sequences and a few control bytes. Every other character is its own key press here, so
 * none is lost (bracketed pastes arrive separately, through usePaste).
 */
export function keyPresses(input: string, key: Key): KeyPress[] {
  const special = key.upArrow || key.downArrow || key.leftArrow || key.rightArrow || key.pageUp || key.pageDown || key.home || key.end || key.escape || key.tab || key.delete || key.backspace;
  const chars = Array.from(input);
  if (special || key.ctrl || key.meta || chars.length <= 1) {
    const name = keyName(input, key);
    const printable = !special && !key.ctrl && !key.meta && chars.length === 1 && chars[0]!.codePointAt(0)! >= 0x20 && input !== "\u007f";
    return name ? [{ name, text: printable ? input : "" }] : [];
  }
  return chars.map(charPress);
}
