import { sql, type Kysely } from "kysely";

/**
 * A GIN index on an incident's words with its type (`#type`) and place (`@place id`) beside them, so a search
 * filtered by types and a region is intersected inside the index (see incidentFacets in store/dialects/postgres.ts). An
 * expression index: no row is rewritten (1m: 10 s to build at load 10). ANALYZE gives the planner the expression's
 * statistics.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX incidents_search_facets ON incidents USING GIN ((search_tsv || array_to_tsvector(ARRAY['#' || type, '@' || coalesce(place_id, '')])))`.execute(db);
  await sql`ANALYZE incidents`.execute(db);
}
