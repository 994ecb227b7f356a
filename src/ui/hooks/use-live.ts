import { useCallback, useEffect, useState } from "react";
import type { Store } from "../../store/store.ts";

/** How often the UI asks SQLite whether another process committed (microseconds per ask). */
export const LIVE_POLL_MS = 40;

/**
 * A counter that goes up whenever the database changes: other processes' commits are seen
 * through `PRAGMA data_version`; our own writes call `bump()` (data_version ignores them).
 */
export function useLive(store: Store): { tick: number; bump: () => void; fileChange: "removed" | "replaced" | undefined } {
  const [tick, setTick] = useState(0);
  const [fileChange, setFileChange] = useState<"removed" | "replaced" | undefined>(undefined);
  // The version the first frame is read at: taken while rendering it, not after it is drawn,
  // or a commit landing in between would never be noticed.
  const [first] = useState(() => store.dataVersion());
  useEffect(() => {
    let seen = first;
    const timer = setInterval(() => {
      // A removed or replaced file: what we show is no longer what others write (one stat).
      const change = store.fileChange();
      setFileChange(change);
      if (change) return;
      const version = store.dataVersion();
      if (version !== seen) {
        seen = version;
        setTick((t) => t + 1);
      }
    }, LIVE_POLL_MS);
    return () => clearInterval(timer);
  }, [store, first]);
  const bump = useCallback(() => setTick((t) => t + 1), []);
  return { tick, bump, fileChange };
}
