/**
 * A catalog build: the organisation read (read-organization.ts: every request of the build), then
 * one pure call that assembles and plans what to write (plan-catalog.ts). The CLI builds this way;
 * the app's catalog job calls the two halves itself, between its own reads and its commit.
 */
import { planCatalog, type CatalogPlan, type PlanInput } from './plan-catalog.ts';
import { readOrganization, type ReadInput } from './read-organization.ts';

export type BuildInput = ReadInput & PlanInput;

export async function buildCatalog(input: BuildInput): Promise<CatalogPlan> {
  return planCatalog(await readOrganization(input), input);
}
