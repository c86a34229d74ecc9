// The hover tooltip over the network: an actor's name, kind and active relations at the
// date, or a relation's sentence and period.
export interface TooltipText {
  node(id: string): string;
  edge(id: string): string;
}

export class Tooltip {
  constructor(
    private readonly el: HTMLElement,
    private readonly text: TooltipText,
  ) {}

  show(target: { kind: 'node' | 'edge'; id: string } | null, x: number, y: number): void {
    if (!target) {
      this.el.hidden = true;
      return;
    }
    this.el.textContent = target.kind === 'node' ? this.text.node(target.id) : this.text.edge(target.id);
    this.el.hidden = false;
    this.el.style.left = `${x + 14}px`;
    this.el.style.top = `${y + 14}px`;
  }
}
