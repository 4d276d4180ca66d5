/**
 * The read bound tests run with. The API's default (4 s) is an interactive promise; a 2-core CI machine
 * running Neo4j, vitest and Chromium at once can take longer for an honest query, and a test must fail
 * on a wrong answer, not on a busy machine. Tests of the bounded waits themselves set their own.
 */
import { DEFAULT_NEO4J_TIMEOUTS, type Neo4jTimeouts } from '../../src/config.js';

export const TEST_NEO4J_TIMEOUTS: Neo4jTimeouts = { ...DEFAULT_NEO4J_TIMEOUTS, readMs: 30_000 };
