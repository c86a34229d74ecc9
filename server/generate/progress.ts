// A one-line progress bar on stderr for long command-line work (silent when not a terminal,
// apart from the final line).
export function progressBar(label: string, total: number): (done: number) => void {
  const tty = process.stderr.isTTY;
  let last = -1;
  return (done) => {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    if (pct === last) return;
    last = pct;
    const width = 30;
    const filled = Math.round((pct / 100) * width);
    const line = `${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${pct}% (${done}/${total})`;
    if (tty) process.stderr.write(`\r${line}${pct === 100 ? '\n' : ''}`);
    else if (pct === 100) process.stderr.write(`${line}\n`);
  };
}
