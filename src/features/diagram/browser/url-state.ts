/**
 * Writes a diagram's state into the address bar: a reader's step as a new history entry (Back undoes it), or
 * where the view has moved to in place of the current one (moving the view is not a step back).
 */
export function writeSearch(search: string, { replace = false, keepHash = false } = {}): void {
  if (search === location.search) return;
  const url = `${location.pathname}${search}${keepHash ? location.hash : ''}`;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
}
