/**
 * GitHub answers a GraphQL query that touches a repository the installation cannot see (or that
 * does not exist) with data for the rest, null for it, and a NOT_FOUND error entry: Octokit throws.
 * Runs the query and keeps that data, so a missing repository reads as null; any other error is thrown.
 */
export async function despiteNotFound<T>(query: () => Promise<T>): Promise<T> {
  try {
    return await query();
  } catch (error) {
    const e = error as { data?: T; errors?: { type?: string }[] };
    if (e?.data && Array.isArray(e.errors) && e.errors.every((x) => x.type === 'NOT_FOUND')) return e.data;
    throw error;
  }
}
