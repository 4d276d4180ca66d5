import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, defaultLocalNeo4jMemory, loadConfig, PROJECT_ROOT, SEED_FACTS_FILES } from '../../src/config.js';
import { StartupError } from '../../src/errors.js';
import { thrownBy } from '../helpers/thrown.js';

const configError = (env: NodeJS.ProcessEnv): ConfigError => thrownBy(ConfigError, () => loadConfig(env));

describe('loadConfig', () => {
  it('has defaults that start a local Neo4j and serve on 127.0.0.1:4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 4000, host: '127.0.0.1', neo4j: undefined, seedOnStart: 'auto' });
    expect(config.homeDir).toBe(path.join(PROJECT_ROOT, '.neo4j'));
    expect(config.seedFiles).toEqual(SEED_FACTS_FILES);
  });

  it('connects to NEO4J_URI with the credentials given', () => {
    const config = loadConfig({
      NEO4J_URI: ' bolt://db.example:7687 ',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 's3cret',
      NEO4J_DATABASE: 'actors',
      PORT: '8080',
    });
    expect(config.neo4j).toEqual({
      uri: 'bolt://db.example:7687',
      user: 'reader',
      password: 's3cret',
      database: 'actors',
    });
    expect(config.port).toBe(8080);
  });

  it('treats blank optional settings as unset', () => {
    const config = loadConfig({ NEO4J_URI: '  ', NEO4J_PASSWORD: '', ACTORGRAPH_HOME: ' ' });
    expect(config.neo4j).toBeUndefined();
    expect(config.homeDir).toBe(path.join(PROJECT_ROOT, '.neo4j'));
  });

  it('resolves ACTORGRAPH_HOME against the project', () => {
    expect(loadConfig({ ACTORGRAPH_HOME: '/tmp/ag-home' }).homeDir).toBe('/tmp/ag-home');
    expect(loadConfig({ ACTORGRAPH_HOME: 'var/neo4j' }).homeDir).toBe(path.join(PROJECT_ROOT, 'var/neo4j'));
  });

  it('reports every problem at once, each naming the variable, what is wrong and the value', () => {
    const error = configError({ PORT: 'eighty', NEO4J_URI: 'http://localhost:7474', SEED_ON_START: 'sometimes' });
    expect(error.problems).toHaveLength(3);
    const text = error.message;
    expect(text).toMatch(/PORT: .*"eighty"/);
    expect(text).toMatch(/NEO4J_URI: must be a neo4j:\/\/ or bolt:\/\/ URI.*"http:\/\/localhost:7474"/);
    expect(text).toMatch(/SEED_ON_START: .*"sometimes"/);
  });

  it('fails as a StartupError, which every entry point prints as one message', () => {
    expect(configError({ PORT: 'eighty' })).toBeInstanceOf(StartupError);
  });

  it.each(['70000', '-1', '4000.5'])('rejects the port %s', (port) => {
    expect(configError({ PORT: port }).problems[0]).toMatch(/^PORT: /);
  });

  it.each(['neo4j://h:7687', 'neo4j+s://h', 'bolt+ssc://h:7687'])('accepts the URI %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j?.uri).toBe(uri);
  });
});

describe('loadConfig: Neo4j timeouts', () => {
  it('bounds every wait by default, reads well under 5 s', () => {
    const { neo4jTimeouts } = loadConfig({});
    expect(neo4jTimeouts.readMs).toBeLessThan(4500);
    expect(neo4jTimeouts.writeMs).toBeGreaterThan(neo4jTimeouts.readMs);
  });

  it('reads each knob, and refuses nonsense', () => {
    expect(loadConfig({ NEO4J_READ_TIMEOUT_MS: '2500', NEO4J_WRITE_TIMEOUT_MS: '120000' }).neo4jTimeouts).toMatchObject(
      {
        readMs: 2500,
        writeMs: 120000,
      },
    );
    expect(configError({ NEO4J_READ_TIMEOUT_MS: 'soon' }).problems[0]).toMatch(/NEO4J_READ_TIMEOUT_MS/);
  });
});

describe('the local Neo4j memory and the import batch size', () => {
  const GiB = 1024 ** 3;

  it('are sized to the machine within bounds', () => {
    expect(defaultLocalNeo4jMemory(24 * GiB)).toEqual({ heap: '3072m', pageCache: '1536m', transactionTotal: '2150m' });
    expect(defaultLocalNeo4jMemory(4 * GiB)).toEqual({ heap: '1024m', pageCache: '256m', transactionTotal: '717m' });
    expect(defaultLocalNeo4jMemory(128 * GiB)).toMatchObject({ heap: '4096m', pageCache: '4096m' });
    expect(loadConfig({}).importBatchRows).toBe(20_000);
  });

  it('each can be set, and transactions follow a heap that is', () => {
    const config = loadConfig({ NEO4J_HEAP: '2g', NEO4J_PAGECACHE: '512m', IMPORT_BATCH_ROWS: '1000' });
    expect(config.localNeo4jMemory).toEqual({ heap: '2g', pageCache: '512m', transactionTotal: '1434m' });
    expect(config.importBatchRows).toBe(1000);
    expect(loadConfig({ NEO4J_TX_MEMORY: '900m' }).localNeo4jMemory.transactionTotal).toBe('900m');
  });

  it('refuse a size the JVM would not read', () => {
    const error = thrownBy(ConfigError, () => loadConfig({ NEO4J_HEAP: 'lots', IMPORT_BATCH_ROWS: '0' }));
    expect(error.problems).toHaveLength(2);
    expect(error.message).toContain('NEO4J_HEAP: must be a size such as 512m or 2g');
  });
});
