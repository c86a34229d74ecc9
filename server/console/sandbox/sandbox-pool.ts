// Runs console queries on the embedded engine in child processes, each over a read-only copy
// of the graph (child-main.ts). Grafeo cannot cancel a query nor bound its memory, so a query
// that runs past its time or memory is stopped by killing its process: the slot frees at once
// and a fresh process takes its place. Writes bump the engine's generation; the next query
// makes a new copy and processes of older copies are retired.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EngineUnavailable, ReadOnlyViolation } from '../../errors.ts';
import { EngineBusy, QueryFailed, QueryTimeout, QueryTooLarge, engineMessage, withTimeout } from '../../engine/engine-errors.ts';
import type { BoundedResult, Params, ReadLimits } from '../../engine/graph-engine.ts';
import { nobody, residentMb } from './process-memory.ts';
import type { ChildMessage, RunRequest } from './protocol.ts';

/** The graph the sandbox copies: a counter that changes with every write, and a way to save a copy. */
export interface SnapshotSource {
  generation(): number;
  saveCopy(file: string): void;
}

export interface SandboxOptions {
  /** Queries that may run at once (one process each). */
  size: number;
  /** Queries that may wait for a process; beyond, 429 at once. */
  maxWaiting: number;
  /** Stop an idle process after this long (its memory goes back). */
  idleMs?: number;
  /** How long a new process may take to open the copy. */
  startMs?: number;
}

export const DEFAULT_MAX_MEMORY_MB = 512;
const WATCH_MS = 25;

interface Waiter {
  client: string;
  share: number;
  grant(): void;
}

interface Running {
  id: number;
  done(m: ChildMessage & { id: number }): void;
}

class Child {
  readonly ready: Promise<void>;
  busy = false;
  dead = false;
  memoryHit = false;
  running: Running | undefined;
  idleTimer: NodeJS.Timeout | undefined;
  private onExit: (() => void)[] = [];

  constructor(
    readonly proc: ChildProcess,
    readonly generation: number,
    startMs: number,
  ) {
    let ready!: () => void;
    let failed!: (e: unknown) => void;
    const started = new Promise<void>((res, rej) => ((ready = res), (failed = rej)));
    proc.on('message', (m: ChildMessage) => {
      if ('ready' in m) ready();
      else if ('memory' in m) this.memoryHit = true;
      else if (this.running?.id === m.id) this.running.done(m);
    });
    proc.on('exit', () => {
      this.dead = true;
      failed(new EngineUnavailable('The console could not start its sandbox process. Try again.'));
      for (const f of this.onExit) f();
    });
    proc.on('error', () => proc.kill('SIGKILL'));
    this.ready = withTimeout(started, startMs).catch((err: unknown) => {
      this.kill();
      throw err instanceof QueryTimeout ? new EngineUnavailable('The console sandbox took too long to start. Try again.') : err;
    });
    this.ready.catch(() => undefined);
  }

  whenDead(f: () => void): void {
    if (this.dead) f();
    else this.onExit.push(f);
  }

  kill(): void {
    clearTimeout(this.idleTimer);
    if (!this.dead) this.proc.kill('SIGKILL');
    this.dead = true;
  }
}

export class SandboxPool {
  private children: Child[] = [];
  private active = 0;
  private readonly waiting: Waiter[] = [];
  private readonly perClient = new Map<string, number>();
  private snapshot: { generation: number; file: string } | undefined;
  private dir: string | undefined;
  private nextId = 1;
  private copies = 0;
  private closed = false;
  private maxMemoryMb = DEFAULT_MAX_MEMORY_MB;

  constructor(
    private readonly source: SnapshotSource,
    private readonly options: SandboxOptions,
  ) {}

  /** Processes alive now (for tests and health). */
  get processCount(): number {
    return this.children.filter((c) => !c.dead).length;
  }

  async run(query: string, params: Params | undefined, limits: ReadLimits): Promise<BoundedResult> {
    this.maxMemoryMb = limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
    const client = limits.client ?? 'local';
    const share = Math.max(1, Math.min(limits.slotsPerClient ?? this.options.size, this.options.size));
    const started = Date.now();
    await this.slot(client, share, limits.timeoutMs);
    try {
      return await this.runInChild(query, params ?? {}, limits, Math.max(1, limits.timeoutMs - (Date.now() - started)));
    } finally {
      this.release(client);
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    // Waiting queries go on to find the pool closed (EngineUnavailable).
    for (const w of this.waiting.splice(0)) w.grant();
    for (const c of this.children) c.kill();
    this.children = [];
    if (this.dir) fs.rmSync(this.dir, { recursive: true, force: true });
  }

  private async runInChild(query: string, params: Params, limits: ReadLimits, timeoutMs: number): Promise<BoundedResult> {
    const child = await this.idleChild();
    const maxMemoryMb = limits.maxMemoryMb ?? DEFAULT_MAX_MEMORY_MB;
    child.busy = true;
    clearTimeout(child.idleTimer);
    try {
      const answer = await new Promise<ChildMessage & { id: number }>((resolve, reject) => {
        const id = this.nextId++;
        const stop = (err: unknown) => {
          cleanup();
          child.kill();
          reject(err);
        };
        const timer = setTimeout(() => stop(new QueryTimeout(limits.timeoutMs)), timeoutMs);
        // The child watches itself too; this catches it when its own loop cannot run.
        const watch = setInterval(() => {
          const rss = child.proc.pid === undefined ? undefined : residentMb(child.proc.pid);
          if (rss !== undefined && rss > maxMemoryMb) stop(new QueryTooLarge(maxMemoryMb));
        }, WATCH_MS);
        const cleanup = () => {
          clearTimeout(timer);
          clearInterval(watch);
          child.running = undefined;
        };
        child.running = {
          id,
          done: (m) => {
            cleanup();
            resolve(m);
          },
        };
        child.whenDead(() => {
          if (child.running?.id !== id) return;
          stop(child.memoryHit ? new QueryTooLarge(maxMemoryMb) : new QueryFailed('The console sandbox stopped while running the query.'));
        });
        const req: RunRequest = { id, query, params, maxRows: limits.maxRows, maxBytes: limits.maxBytes ?? Number.MAX_SAFE_INTEGER };
        child.proc.send(req);
      });
      if ('error' in answer) {
        if (answer.error.kind === 'failed') throw new QueryFailed(engineMessage(new Error(answer.error.message)));
        if (answer.error.kind === 'files') throw new ReadOnlyViolation(answer.error.message);
        throw new ReadOnlyViolation('The console is read-only: the query tried to change the graph or its schema, and its read-only copy refused.');
      }
      if (!('columns' in answer)) throw new QueryFailed('The console sandbox gave no answer.');
      return { columns: answer.columns, rows: answer.rows, truncated: answer.truncatedBy !== undefined, truncatedBy: answer.truncatedBy };
    } finally {
      child.busy = false;
      this.afterRun(child);
    }
  }

  /** A ready process over the current copy, making the copy and the process when needed. */
  private async idleChild(): Promise<Child> {
    if (this.closed) throw new EngineUnavailable('The embedded graph engine has been closed.');
    const snapshot = this.currentSnapshot();
    let child = this.children.find((c) => !c.busy && !c.dead && c.generation === snapshot.generation);
    if (!child) child = this.spawn(snapshot);
    child.busy = true; // reserved while it starts
    try {
      await child.ready;
    } finally {
      child.busy = false;
    }
    if (child.dead) throw new EngineUnavailable('The console sandbox stopped as it started. Try again.');
    return child;
  }

  private afterRun(child: Child): void {
    this.children = this.children.filter((c) => !c.dead);
    if (child.dead || this.closed) {
      // Keep one process warm for the next query.
      if (!this.closed && this.snapshot && this.children.length === 0) this.spawn(this.snapshot);
      return;
    }
    if (this.snapshot && child.generation !== this.snapshot.generation) {
      child.kill();
      this.children = this.children.filter((c) => c !== child);
      return;
    }
    child.idleTimer = setTimeout(() => {
      child.kill();
      this.children = this.children.filter((c) => c !== child);
    }, this.options.idleMs ?? 5 * 60_000);
    child.idleTimer.unref();
  }

  private currentSnapshot(): { generation: number; file: string } {
    const generation = this.source.generation();
    if (this.snapshot?.generation === generation) return this.snapshot;
    const dir = this.workDir();
    const file = path.join(dir, `graph-${generation}-${++this.copies}.grafeo`);
    this.source.saveCopy(file);
    fs.chmodSync(file, 0o444);
    const old = this.snapshot;
    this.snapshot = { generation, file };
    // Retire processes over older copies: idle ones now, busy ones when they finish.
    for (const c of this.children) if (!c.busy && c.generation !== generation) c.kill();
    this.children = this.children.filter((c) => !c.dead);
    if (old) fs.rmSync(old.file, { recursive: true, force: true });
    return this.snapshot;
  }

  /** A private folder for the copies, and an empty one to run in, that `nobody` may enter but not list or write. */
  private workDir(): string {
    if (!this.dir) {
      this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'console-sandbox-'));
      fs.chmodSync(this.dir, 0o711);
      fs.mkdirSync(path.join(this.dir, 'cwd'), { mode: 0o711 });
    }
    return this.dir;
  }

  private spawn(snapshot: { generation: number; file: string }): Child {
    const ids = nobody();
    const proc = fork(new URL('./child.mjs', import.meta.url), [snapshot.file, String(this.maxMemoryMb)], {
      cwd: path.join(this.workDir(), 'cwd'),
      env: { PATH: process.env.PATH ?? '/usr/bin:/bin', NODE_ENV: process.env.NODE_ENV ?? 'production' },
      execArgv: [],
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      serialization: 'json',
      ...(ids ?? {}),
    });
    const child = new Child(proc, snapshot.generation, this.options.startMs ?? 30_000);
    child.whenDead(() => (this.children = this.children.filter((c) => c !== child)));
    this.children.push(child);
    return child;
  }

  /**
   * Waits for one of `size` slots, first come first served among clients under their share:
   * a client that holds `share` slots waits for one of its own to finish, others pass it.
   * The wait counts against the time limit.
   */
  private async slot(client: string, share: number, timeoutMs: number): Promise<void> {
    if (this.active < this.options.size && (this.perClient.get(client) ?? 0) < share) return this.take(client);
    if (this.waiting.length >= this.options.maxWaiting) throw new EngineBusy(this.active + this.waiting.length);
    let grant!: () => void;
    const granted = new Promise<void>((resolve) => (grant = resolve));
    const entry: Waiter = { client, share, grant };
    this.waiting.push(entry);
    try {
      await withTimeout(granted, timeoutMs);
    } catch (err) {
      const i = this.waiting.indexOf(entry);
      if (i >= 0) this.waiting.splice(i, 1);
      else this.release(client); // granted just as the time ran out: hand the slot on
      throw err;
    }
  }

  private take(client: string): void {
    this.active++;
    this.perClient.set(client, (this.perClient.get(client) ?? 0) + 1);
  }

  private release(client: string): void {
    this.active--;
    const n = (this.perClient.get(client) ?? 1) - 1;
    if (n <= 0) this.perClient.delete(client);
    else this.perClient.set(client, n);
    while (this.active < this.options.size) {
      const i = this.waiting.findIndex((w) => (this.perClient.get(w.client) ?? 0) < w.share);
      if (i < 0) break;
      const [next] = this.waiting.splice(i, 1);
      this.take(next!.client);
      next!.grant();
    }
  }
}
