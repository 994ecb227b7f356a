const BARS = "▁▂▃▄▅▆▇█";

/** Counts as bars, tallest for the largest; any count above zero shows above the baseline. */
export function sparkline(counts: readonly number[]): string {
  const peak = Math.max(1, ...counts);
  return counts.map((n) => (n === 0 ? BARS[0] : BARS[Math.max(1, Math.ceil((n / peak) * (BARS.length - 1)))])).join("");
}

/** Events per second for people: "0.4/s", "12/s". */
export const perSecond = (events: number, ms: number): string => {
  const rate = (events * 1000) / ms;
  if (rate > 0 && rate < 0.1) return "<0.1/s";
  return `${rate >= 10 || rate === 0 ? Math.round(rate) : rate.toFixed(1)}/s`;
};
