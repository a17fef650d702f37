/** The share actions of a diagram's toolbar: copy the link to what is shown, and download the drawing. */
import { announce, copyText } from './chart-support.ts';
import { downloadPng, downloadSvg } from './chart-export.ts';

export interface ShareActions {
  svg: SVGSVGElement;
  status: HTMLElement;
  copied: string;
  copyFailed: string;
  /** The downloaded file's name without extension. */
  fileName: () => string;
}

export function wireShareActions(root: HTMLElement, actions: ShareActions): void {
  root.querySelector('[data-copy-link]')!.addEventListener('click', async () => {
    announce(actions.status, (await copyText(location.href)) ? actions.copied : actions.copyFailed);
  });
  root.querySelectorAll<HTMLButtonElement>('[data-export]').forEach((button) =>
    button.addEventListener('click', () => {
      if (button.dataset.export === 'svg') downloadSvg(actions.svg, actions.fileName());
      else void downloadPng(actions.svg, actions.fileName());
    }),
  );
}
