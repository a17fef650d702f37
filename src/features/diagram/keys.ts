/** What a key means in the listbox of a diagram; each diagram decides what "next" or "up" is for its own shapes. */
export type DiagramCommand = 'left' | 'right' | 'up' | 'down' | 'first' | 'last' | 'choose' | 'clear' | ZoomCommand;

/** Zoom in, out, or back to the start: a key does what the toolbar's button with the same data-zoom does. */
export type ZoomCommand = 'in' | 'out' | 'reset';

const COMMANDS: Record<string, DiagramCommand> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
  Home: 'first',
  End: 'last',
  Enter: 'choose',
  ' ': 'choose',
  Escape: 'clear',
  '+': 'in',
  '=': 'in',
  '-': 'out',
  '0': 'reset',
};

/** The command of a key, or undefined for a key the diagram leaves to the browser. */
export function diagramCommand(key: string): DiagramCommand | undefined {
  return Object.hasOwn(COMMANDS, key) ? COMMANDS[key] : undefined;
}
