/**
 * How many times each pane has rendered. Incrementing a number is all it costs; the tests
 * use it to prove that typing in the prompt leaves the other panes alone.
 */
export const renderCounts: Record<string, number> = {};

export function countRender(name: string): void {
  renderCounts[name] = (renderCounts[name] ?? 0) + 1;
}
