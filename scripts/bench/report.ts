/** One line of the bench table: a figure for cairn, its baseline, and the budget it is held to. */
export interface Figure {
  figure: string;
  unit: string;
  cairn: number;
  baseline: number | null;
  /** cairn ÷ baseline, when there is a baseline. */
  ratio: number | null;
  /** The budget, in words ("ratio ≥ 0.67", "≤ 100 ms"). */
  budget: string;
  pass: boolean;
  /** Runs behind the median, and anything else worth knowing. */
  note?: string;
}

const num = (n: number | null, digits = 1): string => (n === null || Number.isNaN(n) ? "—" : n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(digits));

/** The table people read; the same figures go to --out as JSON. */
export function renderReport(figures: Figure[]): string {
  const rows = figures.map((f) => [f.figure, `${num(f.cairn)} ${f.unit}`, f.baseline === null ? "—" : `${num(f.baseline)} ${f.unit}`, f.ratio === null ? "—" : `${f.ratio.toFixed(2)}×`, f.budget, f.pass ? "pass" : "FAIL"]);
  const header = ["figure", "cairn", "baseline", "ratio", "budget", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/**
 * The figures that fail the run: in a full run any figure over its budget (or not measured);
 * in a --quick run (small, on a shared CI machine) only figures that were not measured.
 */
export function failingFigures(figures: Figure[], quick: boolean): Figure[] {
  const measured = (f: Figure) => Number.isFinite(f.cairn) && (f.baseline === null || Number.isFinite(f.baseline));
  return figures.filter((f) => !measured(f) || (!quick && !f.pass));
}
