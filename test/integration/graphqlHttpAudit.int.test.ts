/**
 * The GraphQL over HTTP spec's own conformance audits (graphql-http's serverAudits), run against the HTTP app
 * main.ts serves: no MUST fails, and no SHOULD warns either (200 for application/json clients).
 */
import { serverAudits } from 'graphql-http';
import { describe, expect, it } from 'vitest';
import { testDatabase } from '../helpers/api.js';
import { serve, useServed } from '../helpers/served.js';

const served = useServed(() => serve(testDatabase()));

describe('graphql-http server audits', () => {
  const audits = serverAudits({ url: () => `${served.url}/graphql` });

  it('has audits to run', () => {
    expect(audits.length).toBeGreaterThan(30);
  });

  it.each(audits.map((audit) => [`${audit.name}`, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    // Notices (MAY) may stay; a MUST failure or a SHOULD warning may not.
    expect(result.status === 'ok' || result.status === 'notice', result.status === 'ok' ? '' : result.reason).toBe(
      true,
    );
  });
});
