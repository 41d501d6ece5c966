/** Reading whole records (a person with its names) from rows: the same shape the API returns and the audit log snapshots. */
import { fromRow, KINDS, type Db, type RecordKind } from "../store/index.js";

export type Rec = Record<string, unknown>;

export async function attachNames(db: Db, people: Rec[]): Promise<Rec[]> {
  if (!people.length) return people;
  const byPerson = new Map<string, Rec[]>();
  const ids = people.map((p) => p.id as string);
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom("person_names").selectAll().where("person_id", "in", ids.slice(i, i + 500)).orderBy("person_id").orderBy("position").execute();
    for (const r of rows) {
      const list = byPerson.get(r.person_id) ?? [];
      list.push({ id: r.id, value: r.value, script: r.script, lang: r.lang, kind: r.kind, given: r.given, family: r.family, patronymic: r.patronymic });
      byPerson.set(r.person_id, list);
    }
  }
  for (const p of people) p.names = byPerson.get(p.id as string) ?? [];
  return people;
}

export async function rowsToRecords(db: Db, kind: RecordKind, rows: Record<string, unknown>[]): Promise<Rec[]> {
  const recs = rows.map((r) => fromRow<Rec>(kind, r));
  return kind === "person" ? attachNames(db, recs) : recs;
}

export async function loadRecord(db: Db, kind: RecordKind, id: string): Promise<Rec | null> {
  const row = await db.selectFrom(KINDS[kind].table as "people").selectAll().where("id", "=", id).executeTakeFirst();
  if (!row) return null;
  const [rec] = await rowsToRecords(db, kind, [row as Record<string, unknown>]);
  return rec ?? null;
}
