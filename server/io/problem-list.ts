// Problems of an import, listed up to a cap and counted in full: a file of a million bad rows
// must not build a million problem objects that the report then throws away.
export class ProblemList<P> {
  readonly listed: P[] = [];
  count = 0;

  constructor(readonly cap: number) {}

  push(problem: P): void {
    this.count += 1;
    if (this.listed.length < this.cap) this.listed.push(problem);
  }
}
