/**
 * One time budget per API request, shared by every query the request makes. A per-query timeout alone lets
 * a request that runs two queries one after the other wait twice as long on a frozen database; the budget
 * makes the bound the request's, so a client hears back within it however its selection is planned.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const budgets = new AsyncLocalStorage<{ deadline: number }>();

/** Runs `work` (and everything it awaits) under a budget of `ms` milliseconds. */
export function withRequestBudget<T>(ms: number, work: () => T): T {
  return budgets.run({ deadline: performance.now() + ms }, work);
}

/** What is left of the current request's budget, or undefined outside a request (CLI, seeding, tests). */
export function remainingBudgetMs(): number | undefined {
  const budget = budgets.getStore();
  return budget === undefined ? undefined : budget.deadline - performance.now();
}

/**
 * Runs `work` under no request's budget: background work (the change feed's polls) started from within a
 * request must not inherit that request's deadline, as timers and promises otherwise would.
 */
export function outsideRequestBudget<T>(work: () => T): T {
  return budgets.exit(work);
}
