/** The SDL in schema/*.graphql, read once: the schema-first source of truth. */
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from './config.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema');

export function loadTypeDefs(dir = SCHEMA_DIR): string {
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
    .join('\n');
}
