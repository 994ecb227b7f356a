// @bun
import {
  fail,
  appendMessage,
  updatePart,
  moveStatus,
  sessionForExternalId,
  setTitle,
  recordEvent
} from "./cli-g5ebnejy.js";
import {
  clip,
  toolSummary,
  projectForCwd
} from "./cli-rd81hs0n.js";

// src/claude/hook.ts
var SOURCE = "claude";
var MAX_TOOL_CHARS = 16000;
var str = (value) => typeof value === "string" && value !== "" ? value : undefined;
var kindOf = (hookEvent) => hookEvent.replace(/([a-z0-9])([A-Z])/g, "$1_$2").replace(/[^A-Za-z0-9_]+/g, "_").toLowerCase().replace(/^[^a-z]+/, "").slice(0, 64) || "hook";
function toolFailed(response) {
  if (!response || typeof response !== "object")
    return false;
  const r = response;
  return r.is_error === true || r.isError === true || r.success === false || typeof r.error === "string";
}
function recordHook(ctx, payload, options = {}) {
  const externalId = str(payload.session_id) ?? fail("invalid", "hook payload has no session_id");
  const hookEvent = str(payload.hook_event_name) ?? fail("invalid", "hook payload has no hook_event_name");
  const cwd = str(payload.cwd);
  return ctx.store.write(() => {
    const project = projectForCwd(ctx, cwd, options.project);
    const placeholder = `Claude Code ${externalId.slice(0, 8)}`;
    const found = sessionForExternalId(ctx, { project, externalId, title: placeholder });
    const session = found.id;
    const event = (kind, data) => recordEvent(ctx, { kind, source: SOURCE, session, payload: JSON.parse(JSON.stringify(data)) });
    const move = (to) => moveStatus(ctx, { session, to });
    const tool = str(payload.tool_name) ?? "tool";
    const callId = str(payload.tool_use_id);
    switch (hookEvent) {
      case "SessionStart":
        event("session_start", { source: str(payload.source), transcript: str(payload.transcript_path) });
        break;
      case "UserPromptSubmit": {
        const prompt = str(payload.prompt);
        const line = prompt?.trim().split(`
`)[0].slice(0, 80);
        if (line && found.title === placeholder && found.messageCount === 0)
          setTitle(ctx, { session, title: line });
        if (prompt)
          appendMessage(ctx, { session, role: "user", message: String(clip(prompt, 200000)) });
        move("running");
        break;
      }
      case "PreToolUse": {
        move("running");
        const part = { type: "tool", name: tool, state: "running", input: clip(payload.tool_input, MAX_TOOL_CHARS), ...callId ? { callId } : {} };
        appendMessage(ctx, { session, role: "assistant", message: [part] });
        event("tool_started", { tool, summary: toolSummary(payload.tool_input), callId });
        break;
      }
      case "PostToolUse": {
        const failed = toolFailed(payload.tool_response);
        const done = {
          type: "tool",
          name: tool,
          state: failed ? "error" : "completed",
          input: clip(payload.tool_input, MAX_TOOL_CHARS),
          output: clip(payload.tool_response, MAX_TOOL_CHARS),
          ...callId ? { callId } : {}
        };
        const started = ctx.store.write((w) => w.toolParts(session).find(({ part }) => {
          const t = part;
          return callId ? t.callId === callId : t.name === tool && t.state === "running";
        }));
        if (started)
          updatePart(ctx, { session, messageId: started.messageId, position: started.position, part: done });
        else
          appendMessage(ctx, { session, role: "assistant", message: [done] });
        event("tool_finished", { tool, summary: toolSummary(payload.tool_input), callId, ok: !failed });
        break;
      }
      case "Notification":
        move("waiting");
        event("notification", { message: clip(payload.message, 2000) });
        break;
      case "Stop":
        move("waiting");
        event("turn_finished", {});
        break;
      case "SessionEnd":
        move("done");
        event("session_end", { reason: str(payload.reason) });
        break;
      default: {
        const { session_id: _, transcript_path: __, cwd: ___, hook_event_name: ____, ...rest } = payload;
        const kept = clip(rest, 8000);
        const fields = kept && typeof kept === "object" && !Array.isArray(kept) ? kept : { preview: kept };
        event(kindOf(hookEvent), { hook: hookEvent, ...fields });
      }
    }
    return { session, event: hookEvent };
  });
}
export {
  recordHook
};
