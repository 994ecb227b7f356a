import { accessSync, constants } from "node:fs";
import { fail } from "../../domain/errors.ts";

/** An agent's program: the path in `$<variable>`, else `command` on PATH; one clear line when neither is there. */
export function agentBinary(name: string, variable: string, command: string, env: Record<string, string | undefined> = process.env): string {
  const chosen = env[variable];
  if (chosen) {
    try {
      accessSync(chosen, constants.X_OK);
      return chosen;
    } catch {
      return fail("not_found", `${variable} is ${chosen}, which is not an executable file`);
    }
  }
  return Bun.which(command, { PATH: env.PATH ?? "" }) ?? fail("not_found", `cannot find ${name}: put ${command} on your PATH or set ${variable} to its path`);
}
