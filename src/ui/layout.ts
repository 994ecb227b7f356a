/** Pane sizes for a terminal of `columns` × `rows`; every pane has a border and a title row. */
export interface Layout {
  columns: number;
  rows: number;
  leftWidth: number;
  rightWidth: number;
  projectsHeight: number;
  sessionsHeight: number;
  detailHeight: number;
  eventsHeight: number;
  promptHeight: number;
}

/** Rows of content inside a pane of outer height `h` (border top/bottom and a title row). */
export const innerRows = (h: number): number => Math.max(0, h - 3);
/** Columns of content inside a pane of outer width `w` (border and one space each side). */
export const innerColumns = (w: number): number => Math.max(0, w - 4);

/** Below this size panes would overlap: the UI says so instead of drawing garbage. */
export const MIN_COLUMNS = 60;
export const MIN_ROWS = 16;
export const tooSmall = (columns: number, rows: number): boolean => columns < MIN_COLUMNS || rows < MIN_ROWS;

export function layout(columns: number, rows: number, projectCount: number, promptLines: number): Layout {
  const body = Math.max(8, rows - 2);
  const leftWidth = Math.min(50, Math.max(30, Math.floor(columns * 0.38)));
  const projectsHeight = Math.min(Math.max(5, projectCount + 3), Math.max(5, Math.floor(body * 0.35)));
  // Border (2) + label (1) + the text lines (at most 6).
  const promptHeight = promptLines > 0 ? Math.min(promptLines, 7) + 3 : 0;
  const detailHeight = Math.max(5, Math.ceil((body - promptHeight) * 0.55));
  return {
    columns,
    rows,
    leftWidth,
    rightWidth: Math.max(20, columns - leftWidth),
    projectsHeight,
    sessionsHeight: body - projectsHeight,
    detailHeight,
    eventsHeight: Math.max(4, body - promptHeight - detailHeight),
    promptHeight,
  };
}
