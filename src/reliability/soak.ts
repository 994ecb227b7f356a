/** Sizes for the reliability tests: seconds in `bun test`, the long variants with `bun run soak` (CAIRN_SOAK=1). */
export const SOAK = process.env.CAIRN_SOAK === "1";

export const scale = <T>(normal: T, soak: T): T => (SOAK ? soak : normal);
