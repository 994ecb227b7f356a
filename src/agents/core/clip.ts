import { CairnError } from "../../domain/errors.ts";
import { checkedJson, type Json } from "../../domain/json.ts";

/** Keeps agent output within cairn's limits: long text is cut, large or deep values become a preview. */
export function clip(value: unknown, maxChars: number): Json | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "string") return value.length > maxChars ? `${value.slice(0, maxChars)}… (${value.length - maxChars} more characters)` : value;
  try {
    return JSON.parse(checkedJson("value", value, maxChars)) as Json;
  } catch (error) {
    if (!(error instanceof CairnError)) throw error;
    const text = JSON.stringify(value) ?? "";
    return `${text.slice(0, maxChars)}… (${text.length} characters in all)`;
  }
}
