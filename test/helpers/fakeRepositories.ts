/**
 * The API over fake repositories, for resolver tests without Neo4j: the same Apollo server and per-request
 * context as production (createApolloServer, createContext), with only the repository methods a test gives.
 */
import type { ApolloServer } from '@apollo/server';
import type { Context, Repositories } from '../../src/context.js';
import { createContext } from '../../src/context.js';
import { createApolloServer } from '../../src/server.js';
import { deferredExecutor, executor, type Executor } from './api.js';
import { openForTests } from './hooks.js';

/** The methods a test fakes, by repository; usually `vi.fn()`s, so the test can see how they were called. */
export type RepositoryFakes = { [R in keyof Repositories]?: Partial<Repositories[R]> };

/**
 * Repositories whose unfaked methods throw, naming themselves: a resolver that reaches a query the test did not
 * expect fails loudly (as INTERNAL_SERVER_ERROR in the response, with the name in the server's error).
 */
export function fakeRepositories(fakes: RepositoryFakes): Repositories {
  const repository = (name: string, methods: object) =>
    new Proxy(methods, {
      get: (target, method) =>
        Reflect.get(target, method) ??
        (() => {
          throw new Error(`${name}.${String(method)} is not faked in this test`);
        }),
    });
  return new Proxy({} as Repositories, {
    get: (_target, name: string) => repository(name, fakes[name as keyof Repositories] ?? {}),
  });
}

/**
 * The API over `fakes` for the tests of one file or describe block (started before them, stopped after):
 * every operation gets a new context, hence new loaders, as every HTTP request does.
 */
export function useFakeApi(fakes: RepositoryFakes): Executor {
  const apollo = openForTests(
    'the API over fake repositories',
    async () => {
      const server: ApolloServer<Context> = createApolloServer();
      await server.start();
      return server;
    },
    (server) => server.stop(),
  );
  const repos = fakeRepositories(fakes);
  return deferredExecutor(() => executor(apollo(), () => createContext(repos)));
}
