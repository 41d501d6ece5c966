import { describe, expect, it } from "vitest";
import { readExportStream, utf8Chunks } from "./export-reader.js";

const HEAD = { format: "vigil-export", version: 1, exportedAt: "2022-02-01T00:00:00.000Z" };

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size);
}
async function* bytesOf(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function read(text: string, size = 1 << 20) {
  const out: { kind: string; record: unknown; position: number }[] = [];
  for await (const item of readExportStream("x.json", chunksOf(text, size))) out.push(item);
  return out;
}
const failure = (text: string) => read(text).then(() => null, (e: unknown) => e);

describe("readExportStream", () => {
  // Strings that look like structure, escapes, astral characters and nesting: whatever the chunk boundaries, each
  // record comes out as JSON.parse reads it.
  const tricky = {
    ...HEAD,
    records: {
      people: [
        { id: "per_1", names: [{ value: "Әлия \"Ақ\" Нұрланова }]", lang: "kk" }], note: "a\\\\\"b\\", tags: [[], {}, [1, [2]]] },
        { id: "per_2", names: [{ value: "𝒜 {[", lang: "en" }], n: -1.5e3, t: true, f: false, z: null },
      ],
      incidents: [{ id: "inc_1", description: "\\" }],
      claims: [],
    },
  };

  it("yields every record with its collection and position, at any chunk size", async () => {
    const expected = [
      ...tricky.records.people.map((record, position) => ({ kind: "people", record, position })),
      { kind: "incidents", record: tricky.records.incidents[0], position: 0 },
    ];
    for (const text of [JSON.stringify(tricky), JSON.stringify(tricky, null, 1), JSON.stringify(tricky, null, "\t").replace(/\n/g, "\r\n")]) {
      for (const size of [1, 2, 3, 5, 7, 64, text.length]) expect(await read(text, size), `chunk ${size}`).toEqual(expected);
    }
  });

  it("reads a record that refers to a later one of its kind after it, keeping its position", async () => {
    const text = JSON.stringify({
      ...HEAD,
      records: {
        places: [{ id: "pl_child", parentId: "pl_parent" }, { id: "pl_parent", parentId: "pl_in_db" }],
        people: [{ id: "per_a", mergedInto: "per_c" }, { id: "per_b", mergedInto: "per_a" }, { id: "per_c", mergedInto: null }, { id: "per_x", mergedInto: "per_gone" }],
      },
    });
    const got = (await read(text, 5)).map((i) => `${(i.record as { id: string }).id}@${i.position}`);
    expect(got).toEqual(["pl_parent@1", "pl_child@0", "per_c@2", "per_a@0", "per_b@1", "per_x@3"]);
  });

  it("names a file that is not JSON, not an export, or not whole, with importAll's messages", async () => {
    expect(await failure("")).toMatchObject({ code: "import_failed", message: "x.json is not valid JSON" });
    expect(await failure(`${JSON.stringify(HEAD).slice(0, -1)}, "records": {"people": [{"id": "per_1"}`)).toMatchObject({ message: "x.json is not valid JSON" });
    expect(await failure('{"records": {"people": [{"id": "per_1",}]}}')).toMatchObject({ message: "x.json is not valid JSON" });
    expect(await failure(`${JSON.stringify({ ...HEAD, records: {} })} trailing`)).toMatchObject({ message: "x.json is not valid JSON" });
    expect(await failure("[]")).toMatchObject({ code: "import_failed", message: expect.stringMatching(/^not a Vigil export: : .*expected object/) });
    expect(await failure(JSON.stringify({ ...HEAD, format: "other", records: { people: [{}] } }))).toMatchObject({
      code: "import_failed", message: expect.stringMatching(/^not a Vigil export: format: /),
    });
    expect(await failure(JSON.stringify({ ...HEAD, records: { people: {} } }))).toMatchObject({
      message: expect.stringMatching(/^not a Vigil export: records\.people: .*expected array/),
    });
    expect(await failure(JSON.stringify(HEAD))).toMatchObject({ message: expect.stringMatching(/^not a Vigil export: records: /) });
    // A collection the format does not know is ignored, as zod's object schema ignores it.
    expect(await read(JSON.stringify({ ...HEAD, records: { notes: [{ a: 1 }], people: [{ id: "per_1" }] } }))).toHaveLength(1);
  });
});

describe("utf8Chunks", () => {
  const collect = async (bytes: Uint8Array, size: number) => {
    let s = "";
    for await (const c of utf8Chunks("x.json", bytesOf(bytes, size))) s += c;
    return s;
  };

  it("decodes characters split across chunks and drops a byte-order mark", async () => {
    const text = "{\"a\": \"Қазақ 𝒜\"}";
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    for (const size of [1, 2, 3, 100]) expect(await collect(bytes, size)).toBe(text);
  });

  it("names an empty, binary or non-UTF-8 file as ingest does", async () => {
    await expect(collect(new Uint8Array(), 1)).rejects.toMatchObject({ code: "validation_failed", message: "x.json: file is empty" });
    await expect(collect(new Uint8Array([0x7b, 0, 0x7d]), 8)).rejects.toMatchObject({ message: "x.json: file is binary, not text" });
    await expect(collect(new Uint8Array([0x7b, 0xcf, 0xf0, 0x7d]), 8)).rejects.toMatchObject({ message: "x.json: file is not UTF-8 text" });
    await expect(collect(new Uint8Array([0x7b, 0xd0]), 8)).rejects.toMatchObject({ message: "x.json: file is not UTF-8 text" });
  });
});
