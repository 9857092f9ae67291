import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, getDataset } from '../../data/load.ts';
import { SCHEMAS } from '../../data/schemas.ts';

/** Each data file, published as the maintainer wrote it, for "download the data". */
export function getStaticPaths() {
  return Object.values(SCHEMAS).map((s) => ({ params: { file: s.file } }));
}

export const GET: APIRoute = ({ params }) => {
  getDataset(); // only data that passed every check is published
  const body = readFileSync(join(dataDir(), params.file!), 'utf8');
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
