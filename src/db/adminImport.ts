/**
 * `neo4j-admin database import full` into the local Neo4j's store, for a first load of an empty database:
 * it writes the store files directly, without transactions, so it must run while no server holds them.
 * The jars the launcher fetches from Maven Central include the tool (neo4j-import-tool, neo4j-command-line).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { StartupError } from '../errors.js';
import { ensureNeo4jJars, JVM_FLAGS } from './localNeo4j.js';
import { javaBinary, runningServer } from '../local/localProcess.js';
import { ARRAY_DELIMITER, type AdminImportFiles } from '../ingest/adminImportFiles.js';

export interface AdminImportOptions {
  homeDir: string;
  instanceDir: string;
  heap: string;
  log: (line: string) => void;
}

/** Left in the instance while an import runs: a store beside it is an interrupted import, safe to overwrite. */
const PENDING = 'fresh-import.pending';

const storeDir = (instanceDir: string) => path.join(instanceDir, 'data', 'databases', 'neo4j');

/** Refuses a store that holds (or may hold) data, and a server that has the store open. */
export function checkFreshTarget(instanceDir: string): void {
  if (runningServer(path.join(instanceDir, 'neo4j.pid'), 'CommunityEntryPoint', instanceDir))
    throw new StartupError(
      `A Neo4j is running for ${instanceDir}; --fresh writes its store files directly. Stop it (npm start, seed, import) first, or load without --fresh.`,
    );
  if (fs.existsSync(storeDir(instanceDir)) && !fs.existsSync(path.join(instanceDir, PENDING)))
    throw new StartupError(
      `The local Neo4j in ${instanceDir} already has a database: --fresh only creates one. Load without --fresh (it adds to the graph and never duplicates), or remove that folder to start afresh.`,
    );
}

/** The tool's last lines that are not its dotted progress bars: the reason, when it fails. */
const lastWords = (output: string) =>
  output
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('.'))
    .slice(-3)
    .join(' ');

export async function adminImport(files: AdminImportFiles, options: AdminImportOptions): Promise<void> {
  const dir = path.resolve(options.instanceDir);
  checkFreshTarget(dir);
  const libDir = await ensureNeo4jJars(options.homeDir, options.log);
  const confDir = path.join(dir, 'import-conf');
  fs.mkdirSync(confDir, { recursive: true });
  // The server's own conf is written at its start; the tool needs only where the store and its logs go.
  fs.writeFileSync(
    path.join(confDir, 'neo4j.conf'),
    `server.directories.data=${path.join(dir, 'data')}\nserver.directories.logs=${path.join(dir, 'logs')}\n`,
  );
  fs.writeFileSync(path.join(dir, PENDING), new Date().toISOString());
  const args = [
    `-Xmx${options.heap}`,
    ...JVM_FLAGS,
    '-cp',
    `${libDir}/*`,
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    ...files.nodes.map((f) => `--nodes=${f}`),
    ...files.relationships.map((f) => `--relationships=${f}`),
    '--multiline-fields=true',
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    // A relationship to a missing node or a repeated id is a bug in the rows, not something to skip.
    '--bad-tolerance=0',
    '--overwrite-destination=true',
    // Otherwise written to the working directory.
    `--report-file=${path.join(dir, 'logs', 'import.report')}`,
    'neo4j',
  ];
  const output = await new Promise<{ code: number | null; text: string }>((resolve, reject) => {
    // The tool finds its home and conf through these two variables only; `env` adds them to the inherited ones.
    const child = spawn('env', [`NEO4J_HOME=${dir}`, `NEO4J_CONF=${confDir}`, javaBinary(), ...args], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let text = '';
    const collect = (d: Buffer) => {
      text += d.toString();
      for (const line of d.toString().split('\n')) if (/^(IMPORT|\w+ COMPLETED)/.test(line)) options.log(line.trim());
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, text }));
  });
  if (output.code !== 0)
    throw new StartupError(
      `neo4j-admin database import failed (exit ${output.code}): ${lastWords(output.text)}. Nothing is loaded; run the same command again after fixing it.`,
    );
  fs.rmSync(path.join(dir, PENDING), { force: true });
}
