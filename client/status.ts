// The status box over the graph: loading, an error with "Try again", or a note.
import { byId, h } from './dom.ts';

export function showStatus(text: string, kind: 'loading' | 'error' | 'info', retry?: () => void, label = 'Try again'): void {
  const status = byId('status');
  status.hidden = false;
  status.className = `status ${kind}`;
  status.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  const children: (Node | string)[] = [h('p', {}, text)];
  if (retry) {
    const b = h('button', { type: 'button' }, label);
    b.addEventListener('click', retry);
    children.push(b);
  }
  status.replaceChildren(...children);
}

export function hideStatus(): void {
  byId('status').hidden = true;
}
