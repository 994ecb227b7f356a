import { useEffect, useState } from "react";

/** The time, refreshed every `ms`: relative ages ("5s", "3m") keep counting on a quiet database. */
export function useClock(ms: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
