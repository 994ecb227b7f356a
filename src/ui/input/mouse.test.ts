import { expect, test } from "bun:test";
import { splitMouse } from "./mouse.ts";

test("mouse reports are taken out of a read, keys around them stay in order", () => {
  expect(splitMouse("j\u001b[<0;5;11Mk\u001b[<0;5;11mq")).toEqual({
    pieces: [{ text: "j" }, { mouse: { kind: "press", button: 0, x: 4, y: 10 } }, { text: "k" }, { mouse: { kind: "release", button: 0, x: 4, y: 10 } }, { text: "q" }],
    rest: "",
  });
});

test("the wheel, other buttons with modifiers, and motion (ignored)", () => {
  const { pieces } = splitMouse("\u001b[<64;1;1M\u001b[<65;200;60M\u001b[<18;3;4M\u001b[<35;9;9M");
  expect(pieces).toEqual([
    { mouse: { kind: "wheelUp", button: 0, x: 0, y: 0 } },
    { mouse: { kind: "wheelDown", button: 0, x: 199, y: 59 } },
    { mouse: { kind: "press", button: 2, x: 2, y: 3 } },
  ]);
});

test("a report cut off at the end of a read waits for the rest; a lone Esc is a key", () => {
  const first = splitMouse("a\u001b[<0;12");
  expect(first).toEqual({ pieces: [{ text: "a" }], rest: "\u001b[<0;12" });
  expect(splitMouse(`${first.rest};7M`).pieces).toEqual([{ mouse: { kind: "press", button: 0, x: 11, y: 6 } }]);
  expect(splitMouse("\u001b")).toEqual({ pieces: [{ text: "\u001b" }], rest: "" });
  expect(splitMouse("\u001b[A")).toEqual({ pieces: [{ text: "\u001b[A" }], rest: "" });
});
