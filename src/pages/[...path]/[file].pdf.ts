// The PDF editions of the Dutch versions, beside their pages (src/features/pdf-edition).
import type { APIRoute } from 'astro';
import { pdfResponse, pdfRoutes } from '../../features/pdf-edition/build/pdf-entries.ts';

export function getStaticPaths() {
  return pdfRoutes('nl');
}

export const GET: APIRoute = ({ props }) => pdfResponse(props.file as string);
