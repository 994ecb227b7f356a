/** Writes the keymap's table into README.md between the keys markers (`bun run readme:keys`). */
import { keysMarkdown } from "../src/ui/keymap.ts";

const path = new URL("../README.md", import.meta.url).pathname;
const readme = await Bun.file(path).text();
const next = readme.replace(/(<!-- keys:start -->\n)[\s\S]*?(<!-- keys:end -->)/, `$1${keysMarkdown()}\n$2`);
if (next === readme) console.log("README keys table already matches the keymap");
else {
  await Bun.write(path, next);
  console.log("README keys table rewritten from the keymap");
}
