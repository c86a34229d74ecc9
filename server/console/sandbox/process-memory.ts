// The resident memory of another process, read from Linux's /proc (undefined elsewhere: the
// sandbox then relies on its own watch).
import fs from 'node:fs';

export function residentMb(pid: number): number | undefined {
  try {
    const m = /^VmRSS:\s+(\d+)\s+kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** The uid and gid of `nobody`, for running the sandbox with least privilege when the server runs as root. */
export function nobody(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  try {
    const line = fs.readFileSync('/etc/passwd', 'utf8').split('\n').find((l) => l.startsWith('nobody:'));
    const [, , uid, gid] = line?.split(':') ?? [];
    if (uid && gid) return { uid: Number(uid), gid: Number(gid) };
  } catch {
    // no passwd file: the usual ids
  }
  return { uid: 65534, gid: 65534 };
}
