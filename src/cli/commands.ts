import { LIMITS } from "../domain/limits.ts";
import { STATUSES } from "../domain/status.ts";
import { FILTER_FLAGS, LIMIT_FLAG } from "./flags.ts";
import { eventCounts, eventList, eventTail } from "./handlers/event.ts";
import { EVENT_ADD, HOOK_CLAUDE, HOOK_CODEX, HOOK_GEMINI } from "./hot-specs.ts";
import type { CommandSpec, Invocation } from "./types.ts";

type Handler = (cli: Invocation) => unknown;

/** A handler in a module loaded when its command runs, so start-up loads only what one command needs. */
const handler =
  <M extends Record<string, unknown>>(load: () => Promise<M>, name: keyof M & string) =>
  async (cli: Invocation) =>
    ((await load())[name] as Handler)(cli) as Promise<void | number>;

/** Every command: its words, help, flags and arity, in the order help lists them. */
export const COMMANDS: CommandSpec[] = [
  // app
  {
    name: "ui",
    args: "",
    summary: "open the terminal UI (the default when no command is given)",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/app.ts"), "ui"),
  },
  {
    name: "demo",
    args: "",
    summary: "fill a demo database and open the UI while simulated agents write to it live",
    arity: [0, 0],
    flags: {
      ui: { type: "boolean", defaultOn: true, description: "keep the writers running without the UI (prints what they write)" },
      agents: { type: "string", value: "N", description: "how many simulated agents (default 4)" },
      seconds: { type: "string", value: "N", description: "stop the writers after N seconds (default: until Ctrl-C)" },
    },
    notes: ["Without --db, the demo uses its own file: $XDG_DATA_HOME/cairn/demo.db."],
    run: handler(() => import("./handlers/app.ts"), "demo"),
  },

  // db
  {
    name: "db path",
    args: "",
    summary: "print the database path cairn would use",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/db.ts"), "dbPath"),
  },
  {
    name: "db migrate",
    args: "",
    summary: "create the database or apply pending migrations (opening does this too)",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/db.ts"), "dbMigrate"),
  },
  {
    name: "db status",
    args: "",
    summary: "schema version, counts and file sizes",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/db.ts"), "dbStatus"),
  },
  {
    name: "db rebuild",
    args: "",
    summary: "rebuild projects, sessions and messages by replaying the event log",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/db.ts"), "dbRebuild"),
  },
  {
    name: "db check",
    args: "",
    summary: "integrity check, foreign keys, and projections compared with a replay of the log",
    arity: [0, 0],
    flags: {},
    run: handler(() => import("./handlers/db.ts"), "dbCheck"),
  },

  // project
  {
    name: "project add",
    args: "<id>",
    summary: "add a project (id: a-z 0-9 _ -, up to 64)",
    arity: [1, 1],
    flags: {
      name: { type: "string", value: "N", description: "display name (default: the id)" },
      repo: { type: "string", value: "URL", description: "repository URL" },
      description: { type: "string", value: "D", description: "what the project is" },
    },
    run: handler(() => import("./handlers/project.ts"), "projectAdd"),
  },
  {
    name: "project list",
    args: "",
    summary: "list projects",
    arity: [0, 0],
    flags: {
      all: { type: "boolean", description: "include archived projects" },
      ...LIMIT_FLAG,
      after: { type: "string", value: "ID", description: "only projects after ID (the next page: the last id printed)" },
    },
    run: handler(() => import("./handlers/project.ts"), "projectList"),
  },
  {
    name: "project show",
    args: "<id>",
    summary: "show one project",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/project.ts"), "projectShow"),
  },
  {
    name: "project archive",
    args: "<id>",
    summary: "archive a project (its sessions stay readable)",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/project.ts"), "projectArchive"),
  },
  {
    name: "project unarchive",
    args: "<id>",
    summary: "bring an archived project back (listed again; new sessions allowed)",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/project.ts"), "projectUnarchive"),
  },

  // session
  {
    name: "session new",
    args: "<project> [message|-]",
    summary: "start a session, optionally with a first message; prints the new session id",
    arity: [1, 2],
    flags: {
      title: { type: "string", value: "T", description: "title (default: the message's first line)" },
      role: { type: "string", value: "R", description: "role of the first message (default user)" },
    },
    run: handler(() => import("./handlers/session.ts"), "sessionNew"),
  },
  {
    name: "session list",
    args: "",
    summary: "list sessions, most recently active first",
    arity: [0, 0],
    flags: {
      project: { type: "string", value: "P", description: "only this project's sessions" },
      status: { type: "string", value: "S,S", description: `only these statuses (${STATUSES.join(", ")})` },
      ...LIMIT_FLAG,
    },
    run: handler(() => import("./handlers/session.ts"), "sessionList"),
  },
  {
    name: "session show",
    args: "<id>",
    summary: "show a session and its messages in order",
    arity: [1, 1],
    flags: {
      limit: { type: "string", value: "N", description: "at most N messages (default: all, printed a page at a time)" },
      after: { type: "string", value: "N", description: "only messages after number N (the next page)" },
    },
    run: handler(() => import("./handlers/session.ts"), "sessionShow"),
  },
  {
    name: "session append",
    args: "<id> <text|->",
    summary: "append a message to a session (text from stdin with -)",
    arity: [2, 2],
    flags: { role: { type: "string", value: "R", description: "user, assistant, system or tool (default user)" } },
    run: handler(() => import("./handlers/session.ts"), "sessionAppend"),
  },
  {
    name: "session status",
    args: "<id> <status>",
    summary: `set a session's status (${STATUSES.join(", ")}); invalid transitions are refused`,
    arity: [2, 2],
    flags: {},
    run: handler(() => import("./handlers/session.ts"), "sessionStatus"),
  },

  {
    name: "session interrupt",
    args: "<id>",
    summary: "cancel the current turn of a session's supervised agent (the agent stays)",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/supervise.ts"), "sessionInterrupt"),
  },
  {
    name: "session stop",
    args: "<id>",
    summary: "end a session's supervised agent; the session is done",
    arity: [1, 1],
    flags: { removeWorktree: { type: "boolean", description: "also remove its worktree (refused while it has uncommitted changes)" } },
    run: handler(() => import("./handlers/supervise.ts"), "sessionStop"),
  },
  {
    name: "session resume",
    args: "<id>",
    summary: "start a stopped supervised session's agent again on its own conversation (or a queued session's first)",
    arity: [1, 1],
    flags: {},
    notes: ["Refused while another process has the session live."],
    run: handler(() => import("./handlers/supervise.ts"), "sessionResume"),
  },
  {
    name: "session approve",
    args: "<id>",
    summary: "allow the tool call a supervised agent waits for (cairn run --ask)",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/supervise.ts"), "sessionApprove"),
  },
  {
    name: "session deny",
    args: "<id>",
    summary: "refuse the tool call a supervised agent waits for; the agent reads the reason",
    arity: [1, 1],
    flags: { reason: { type: "string", value: "R", description: "why, for the agent" } },
    run: handler(() => import("./handlers/supervise.ts"), "sessionDeny"),
  },
  {
    name: "run",
    args: "<project> <task|->",
    summary: "start a supervised agent on a new session; prints the session id at once",
    arity: [2, 2],
    flags: {
      cwd: { type: "string", value: "DIR", description: "where the agent works (default: here)" },
      title: { type: "string", value: "T", description: "session title (default: the task's first line)" },
      agent: { type: "string", value: "claude|codex|gemini", description: "which agent: claude (the default; $CAIRN_CLAUDE, else claude on PATH), codex (codex app-server; $CAIRN_CODEX, else codex on PATH) or gemini (gemini --acp; $CAIRN_GEMINI, else gemini on PATH)" },
      worktree: { type: "boolean", description: "work in a new git worktree on branch cairn/<session id>" },
      ask: { type: "boolean", description: "ask in cairn before each tool the agent's settings do not allow (session approve|deny); codex: every command it does not know to be safe; gemini: what its default approval mode asks about" },
    },
    notes: [
      "The agent runs headless in its own detached process: quitting the UI or closing the shell does not stop it.",
      "Messages appended to the session reach it; cairn session interrupt|stop|resume|approve|deny steer it.",
    ],
    run: handler(() => import("./handlers/supervise.ts"), "run"),
  },
  {
    name: "supervise",
    args: "<session>",
    summary: "the supervisor process of one agent (started by cairn run)",
    arity: [1, 1],
    flags: {},
    hidden: true,
    run: handler(() => import("./handlers/supervise.ts"), "supervise"),
  },

  // event
  { ...EVENT_ADD, run: handler(() => import("./handlers/event-add.ts"), "eventAdd") },
  {
    name: "event list",
    args: "",
    summary: "list matching events (the newest N, oldest first; --after SEQ pages forward)",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      ...LIMIT_FLAG,
      after: { type: "string", value: "SEQ", description: "only events after this seq (a cursor)" },
      before: { type: "string", value: "SEQ", description: "only events before this seq" },
    },
    run: eventList,
  },
  {
    name: "event tail",
    args: "",
    summary: "print the last N matching events; with --follow, then every new one until Ctrl-C",
    arity: [0, 0],
    flags: {
      ...FILTER_FLAGS,
      limit: { type: "string", value: "N", description: `how many past events to print first (default ${LIMITS.defaultTailLimit})` },
      follow: { type: "boolean", shortFlag: "f", description: "keep printing new events as they commit" },
      after: { type: "string", value: "SEQ", description: "start after this seq instead of the last N" },
    },
    run: eventTail,
  },
  {
    name: "event counts",
    args: "",
    summary: "count matching events by kind",
    arity: [0, 0],
    flags: { ...FILTER_FLAGS },
    run: eventCounts,
  },

  // lock
  {
    name: "lock list",
    args: "",
    summary: "locks held now (lock_acquired not yet released, holder's session not ended)",
    arity: [0, 0],
    flags: { project: { type: "string", value: "P", description: "only this project's locks" } },
    notes: ["Take one: cairn event add lock_acquired --session ID --payload '{\"path\":\"src/x.ts\"}'; release with lock_released."],
    run: handler(() => import("./handlers/lock.ts"), "lockList"),
  },

  // transfer
  {
    name: "export",
    args: "",
    summary: "the event log as JSON Lines (one event per line, oldest first)",
    arity: [0, 0],
    flags: {
      out: { type: "string", value: "FILE", description: "write to FILE instead of stdout (written whole, then renamed into place)" },
      force: { type: "boolean", description: "replace an existing FILE that is not a cairn export (never the database)" },
      ...FILTER_FLAGS,
    },
    run: handler(() => import("./handlers/transfer.ts"), "exportLog"),
  },
  {
    name: "import",
    args: "<FILE|->",
    summary: "append exported JSON Lines, all or nothing; events already present (same id) are skipped",
    arity: [1, 1],
    flags: {},
    run: handler(() => import("./handlers/transfer.ts"), "importLog"),
  },
  // claude
  { ...HOOK_CLAUDE, run: handler(() => import("./handlers/claude.ts"), "hookClaude") },
  {
    name: "import claude",
    args: "[PATH]",
    summary: "import Claude Code transcripts (default ~/.claude/projects); importing again adds only what is new",
    arity: [0, 1],
    flags: { project: { type: "string", value: "P", description: "import into this project instead of each repository's name" } },
    run: handler(() => import("./handlers/claude.ts"), "importClaude"),
  },
  // codex
  { ...HOOK_CODEX, run: handler(() => import("./handlers/agents.ts"), "hookCodex") },
  {
    name: "import codex",
    args: "[PATH]",
    summary: "import Codex CLI rollouts (default $CODEX_HOME/sessions); importing again adds only what is new",
    arity: [0, 1],
    flags: { project: { type: "string", value: "P", description: "import into this project instead of each repository's name" } },
    run: handler(() => import("./handlers/agents.ts"), "importCodex"),
  },
  // gemini
  { ...HOOK_GEMINI, run: handler(() => import("./handlers/agents.ts"), "hookGemini") },
  {
    name: "import gemini",
    args: "[PATH]",
    summary: "import Gemini CLI chats (default ~/.gemini/tmp/*/chats); importing again adds only what is new",
    arity: [0, 1],
    flags: { project: { type: "string", value: "P", description: "import into this project instead of each repository's name" } },
    run: handler(() => import("./handlers/agents.ts"), "importGemini"),
  },
];
