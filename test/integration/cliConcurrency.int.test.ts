/**
 * Two `npm run seed`s at once with no server running (the case of two imports) share one local Neo4j:
 * neither stops it under the other, both succeed, and the last one out stops it cleanly.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localHome, waitUntilGone } from '../helpers/localApi.js';
import { cleanEnv, runTsx, STACK_FRAME } from '../helpers/processes.js';

const home = localHome('actorgraph-cli-');
afterAll(() => home.remove());

describe('concurrent CLI runs on one instance', () => {
  it('two seeds at once both succeed on one shared Neo4j, which stops after the last', async () => {
    const env = cleanEnv({ ACTORGRAPH_HOME: home.dir });
    const first = runTsx('src/cli/seed.ts', [], env, 600_000);
    // The second arrives while the first is still starting Neo4j: it waits for it, then shares it.
    await new Promise((r) => setTimeout(r, 3000));
    const second = runTsx('src/cli/seed.ts', [], env, 600_000);
    const results = await Promise.all([first, second]);
    for (const result of results) {
      expect(result.code, result.stdout + result.stderr).toBe(0);
      expect(result.stderr).not.toMatch(STACK_FRAME);
      expect(result.stderr).not.toMatch(/Neo4jError/);
    }
    expect(results.map((r) => r.stdout).join('\n')).toMatch(/Using the Neo4j already running/);
    const pid = fs.existsSync(home.pidFile) ? home.javaPid() : undefined;
    if (pid !== undefined) expect(await waitUntilGone(pid, 60_000)).toBe(true);
    expect(fs.readFileSync(path.join(home.instanceDir, 'logs/neo4j.log'), 'utf8')).toMatch(/Stopped\./);
  }, 700_000);
});
