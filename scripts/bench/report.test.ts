import { expect, test } from "bun:test";
import { failingFigures, type Figure } from "./report.ts";

const figure = (name: string, cairn: number, pass: boolean): Figure => ({ figure: name, unit: "ms", cairn, baseline: 10, ratio: cairn / 10, budget: "ratio ≤ 1.5", pass });

test("a full bench run fails on any figure over its budget; --quick only on figures not measured", () => {
  const figures = [figure("fast", 11, true), figure("slow", 20, false), figure("broken", Number.NaN, false)];
  expect(failingFigures(figures, false).map((f) => f.figure)).toEqual(["slow", "broken"]);
  expect(failingFigures(figures, true).map((f) => f.figure)).toEqual(["broken"]);
  expect(failingFigures([figure("fast", 11, true)], false)).toEqual([]);
});
