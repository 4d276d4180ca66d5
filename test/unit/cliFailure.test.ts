import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { failureLine } from '../../src/cli/run.js';

describe('failureLine: every CLI failure is one line with a hint', () => {
  it.each([
    ['a Neo4j outage', new Neo4jError('Could not perform discovery\nmore detail', 'ServiceUnavailable', '', '')],
    ['a refused query', new Neo4jError('Invalid input\n  at line 3', 'Neo.ClientError.Statement.SyntaxError', '', '')],
    ['anything else', new TypeError('Cannot read properties of undefined\n    at foo (x.js:1:1)')],
  ])('%s', (_name, error) => {
    const line = failureLine(error);
    expect(line).not.toContain('\n');
    expect(line).not.toMatch(/\bat .+:\d+/);
    expect(line).toMatch(/(Check|Run|report)/);
  });
});
