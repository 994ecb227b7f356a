/** The output formats every command takes (`--format`). */
export const FORMATS = ["table", "json", "markdown"] as const;
export type Format = (typeof FORMATS)[number];
