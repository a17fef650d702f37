import type { APIRoute, GetStaticPaths } from 'astro';
import { CSV_HEADERS, JSON_HEADERS } from '../../../features/open-data/build/exports.ts';
import { dataStates } from '../../../features/versions/build/data-state-entries.ts';

/** The files of each dated state of the data, byte for byte as frozen: /data/2026-12-06/actors.csv. */
export const getStaticPaths = (async () =>
  (await dataStates()).flatMap((state) => Object.entries(state.files).map(([file, text]) => ({ params: { date: state.date, file }, props: { text } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => new Response(props.text as string, { headers: params.file!.endsWith('.csv') ? CSV_HEADERS : JSON_HEADERS });
