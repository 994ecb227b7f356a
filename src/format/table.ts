import { displayWidth, fit, inertLine } from "./inert.ts";

/** One column of a printed list. */
export interface Column<T> {
  header: string;
  value: (row: T) => string;
  align?: "left" | "right";
  /** Widest this column may grow, in terminal columns. */
  max?: number;
}

/** A plain text table, every cell made inert and cut to its column. */
export function renderTable<T>(columns: Column<T>[], rows: T[]): string {
  const cells = rows.map((row) => columns.map((c) => inertLine(c.value(row))));
  const widths = columns.map((c, i) =>
    Math.min(c.max ?? 80, Math.max(displayWidth(c.header), ...cells.map((r) => displayWidth(r[i]!)))),
  );
  const line = (values: string[]) =>
    values
      .map((v, i) => fit(v, widths[i]!, columns[i]!.align))
      .join("  ")
      .trimEnd();
  return [line(columns.map((c) => c.header.toUpperCase())), ...cells.map(line)].join("\n") + "\n";
}

/** A markdown table; pipes and newlines in cells are escaped so the table stays whole. */
export function renderMarkdown<T>(columns: Column<T>[], rows: T[]): string {
  const cell = (text: string) => inertLine(text).replace(/\|/g, "\\|");
  const line = (values: string[]) => `| ${values.join(" | ")} |`;
  return (
    [
      line(columns.map((c) => c.header)),
      line(columns.map((c) => (c.align === "right" ? "---:" : "---"))),
      ...rows.map((row) => line(columns.map((c) => cell(c.value(row))))),
    ].join("\n") + "\n"
  );
}

/** Key/value lines for one record. */
export function renderRecord(fields: Array<[string, string]>, format: "table" | "markdown"): string {
  if (format === "markdown") return fields.map(([k, v]) => `- **${k}**: ${inertLine(v).replace(/\|/g, "\\|")}`).join("\n") + "\n";
  const width = Math.max(...fields.map(([k]) => k.length));
  return fields.map(([k, v]) => `${k.padEnd(width)}  ${inertLine(v)}`).join("\n") + "\n";
}
