import { EventEmitter } from "node:events";
import { MOUSE_OFF, MOUSE_ON, splitMouse, type MouseEvent } from "./mouse.ts";

/** Where the UI hears mouse reports from. */
export interface MouseSource {
  on(event: "mouse", listener: (m: MouseEvent) => void): unknown;
  off(event: "mouse", listener: (m: MouseEvent) => void): unknown;
}

/**
 * The terminal's input as Ink reads it, with mouse reports taken out first: Ink's parser
 * does not know them and would drop them or type their tail as keys. Reporting is on exactly
 * while the UI reads raw input, so it goes off with raw mode when the UI exits, crashes or
 * hands the terminal to $EDITOR / $PAGER, and comes back with it. Reports are emitted as
 * "mouse" events.
 */
export class MouseStdin extends EventEmitter implements MouseSource {
  readonly isTTY = true;
  #queue: string[] = [];
  #rest = "";
  #reporting = false;
  #attached = false;

  constructor(
    private readonly source: NodeJS.ReadStream,
    private readonly terminal: { write(sequence: string): unknown },
  ) {
    super();
    // Ink listens for "readable" only while it owns the input: follow it, so a child
    // process (the editor) is the only reader of the terminal while it runs.
    this.on("newListener", (event: string) => {
      if (event === "readable" && !this.#attached) {
        this.#attached = true;
        this.source.on("readable", this.#drain);
      }
    });
    this.on("removeListener", (event: string) => {
      if (event === "readable" && this.listenerCount("readable") === 0 && this.#attached) {
        this.#attached = false;
        this.source.off("readable", this.#drain);
      }
    });
    process.on("exit", this.#off);
  }

  setRawMode(on: boolean): this {
    this.source.setRawMode(on);
    if (on !== this.#reporting) {
      this.#reporting = on;
      this.terminal.write(on ? MOUSE_ON : MOUSE_OFF);
    }
    return this;
  }

  setEncoding(encoding: BufferEncoding): this {
    this.source.setEncoding(encoding);
    return this;
  }

  ref(): this {
    this.source.ref();
    return this;
  }

  unref(): this {
    this.source.unref();
    return this;
  }

  read(): string | null {
    return this.#queue.shift() ?? null;
  }

  /** Stops reporting and reading (the UI is gone). */
  close(): void {
    this.#off();
    process.off("exit", this.#off);
    if (this.#attached) this.source.off("readable", this.#drain);
    this.#attached = false;
  }

  /** A crash or exit that skipped Ink's clean-up still leaves the terminal without mouse reports. */
  #off = () => {
    if (!this.#reporting) return;
    this.#reporting = false;
    try {
      this.terminal.write(MOUSE_OFF);
    } catch {
      // The terminal is gone: nothing to turn off.
    }
  };

  // Keys before a click reach Ink before the click is handled, and keys after it after.
  #drain = () => {
    let chunk: string | Buffer | null;
    let input = this.#rest;
    while ((chunk = this.source.read()) !== null) input += typeof chunk === "string" ? chunk : chunk.toString("utf8");
    const { pieces, rest } = splitMouse(input);
    this.#rest = rest;
    for (const piece of pieces) {
      if ("mouse" in piece) this.emit("mouse", piece.mouse);
      else {
        this.#queue.push(piece.text);
        this.emit("readable");
      }
    }
  };
}
