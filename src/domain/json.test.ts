import { expect, test } from "bun:test";
import { inexactNumbers } from "./json.ts";

const tokens = (text: string) => inexactNumbers(text).map((f) => f.token);

test("numbers a double cannot hold are found wherever a JSON value can be", () => {
  expect(tokens("9007199254740993")).toEqual(["9007199254740993"]);
  expect(tokens("-0")).toEqual(["-0"]);
  expect(tokens('{"a":1e400,"b":[1, -0.0, 0.1000000000000000055511],\n "c" :\t-1.5E+3}')).toEqual(["1e400", "-0.0", "0.1000000000000000055511"]);
  expect(tokens('[ 2.5e-1, 12345678901234567 ]')).toEqual(["12345678901234567"]);
  expect(tokens('{"n": -0e5, "m": -0.5, "k": 0}')).toEqual(["-0e5"]);
});

test("ids, hashes and digits inside strings are left alone", () => {
  const hook = { session_id: "0b5e55ed-0000-4000-8000-00000000c0de", tool_use_id: "toolu_01e5", hash: "1234567890123456789", text: 'a: -0, b: 1e400, [9007199254740993]', n: 42, t: 1.25 };
  expect(tokens(JSON.stringify(hook))).toEqual([]);
  expect(tokens('{"a":"x\\\\","b":1e400}')).toEqual(["1e400"]);
});
