import { expect, test } from "bun:test";
import { draftOf, edit, emptyDraft, type Draft } from "./line-editor.ts";

const type = (keys: string[], start: Draft = emptyDraft, multiline = true): Draft =>
  keys.reduce((d, k) => edit(d, { name: k, text: k.length === 1 ? k : "" }, multiline) ?? d, start);

test("typing inserts at the cursor; arrows and Ctrl-A/E move it", () => {
  expect(type([..."world", "ctrl+a", ..."hello "])).toEqual({ text: "hello world", cursor: 6 });
  expect(type(["left", "left", "X"], draftOf("abcd"))).toEqual({ text: "abXcd", cursor: 3 });
  expect(type(["ctrl+a", "right", "ctrl+e", "!"], draftOf("ab"))).toEqual({ text: "ab!", cursor: 3 });
});

test("Backspace, Delete, Ctrl-W, Ctrl-U and Ctrl-K cut what readline cuts", () => {
  expect(type(["backspace", "backspace", "backspace"], draftOf("abcde")).text).toBe("ab");
  expect(type(["ctrl+a", "delete"], draftOf("abc")).text).toBe("bc");
  expect(type(["ctrl+w"], draftOf("fix the  tests ")).text).toBe("fix the  ");
  expect(type(["left", "left", "ctrl+u"], draftOf("one two")).text).toBe("wo");
  expect(type(["ctrl+a", "right", "ctrl+k"], draftOf("one two")).text).toBe("o");
});

test("Ctrl-J adds a line only where lines are allowed; Ctrl-A goes to the start of the line", () => {
  expect(type(["ctrl+j", ..."b", "ctrl+a", "X"], draftOf("a"))).toEqual({ text: "a\nXb", cursor: 3 });
  expect(type(["ctrl+j", "b"], draftOf("a"), false).text).toBe("ab");
});

test("an emoji moves and deletes as one character", () => {
  expect(type(["backspace"], draftOf("ok👍")).text).toBe("ok");
  expect(type(["left", "left", "X"], draftOf("a👍")).text).toBe("Xa👍");
});

test("Enter and Esc are not editing keys", () => {
  expect(edit(draftOf("x"), { name: "enter", text: "" }, true)).toBeUndefined();
  expect(edit(draftOf("x"), { name: "escape", text: "" }, true)).toBeUndefined();
});
