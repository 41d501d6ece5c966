/**
 * Frozen: places.path compared in code point order (COLLATE "C"), whatever the database's collation. Every path is its
 * ancestors' ids between slashes, so a region's places are the range [its path, its path with the last '/' raised to
 * '0') of the places_path index, which a linguistic collation breaks (en_US.UTF-8 ignores punctuation: '/a/b/' sorts
 * after '/a0'); such a database had to test every place's prefix instead. The index is rebuilt with the column.
 */
import { sql, type Kysely } from "kysely";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE places ALTER COLUMN path TYPE TEXT COLLATE "C"`.execute(db);
}
