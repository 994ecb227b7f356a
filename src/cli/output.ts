/**
 * Output for the CLI. console.log writes straight to the file descriptor (Bun does no
 * formatting of a lone string argument, and a reader that went away ends output quietly);
 * it starts ~1 ms faster than Bun.write and far faster than `process.stdout`, which loads
 * Node's stream machinery. Every line cairn prints ends in a newline, which console.log adds.
 */
export function writeOut(text: string): void {
  if (text === "") return;
  console.log(text.endsWith("\n") ? text.slice(0, -1) : text);
}

export function writeErr(text: string): void {
  console.error(text.endsWith("\n") ? text.slice(0, -1) : text);
}
