/**
 * Copying text and saying so in a live region: used by the diagrams' toolbars and the "Citeer" block of every text
 * page. A module of its own so text pages load these few lines, not the diagrams' shared code.
 */
/** Updates the polite live region; the short delay makes screen readers announce a repeated text again. */
export function announce(region: HTMLElement, text: string): void {
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
