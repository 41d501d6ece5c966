/** `vigil match-names [FILE]`: clusters JSON Lines name mentions into people, without a database. */
import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import type { Command } from "commander";
import { z } from "zod";
import { isVigilError, VigilError } from "../../core/errors.js";
import { clusterMentions, type Mention } from "../../match/index.js";

const Line = z.object({
  id: z.union([z.string().min(1), z.number()]).transform(String),
  name: z.string().trim().min(1),
  birthYear: z.number().int().min(1900).max(2100).nullish(),
  birth_year: z.number().int().min(1900).max(2100).nullish(),
  region: z.string().nullish(),
  role: z.string().nullish(),
  outlet: z.string().nullish(),
  sex: z.enum(["female", "male"]).nullish(),
});

type Options = { context: boolean };

function lineError(lineNo: number, problem: string): VigilError {
  return new VigilError("validation_failed", `line ${lineNo}: ${problem}`, { line: lineNo });
}

function describe(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return "invalid line";
  const field = issue.path.join(".") || "line";
  return `"${field}": ${issue.message}`;
}

async function readMentions(input: Readable, useContext: boolean): Promise<(Mention & { id: string })[]> {
  const out: (Mention & { id: string })[] = [];
  const ids = new Set<string>();
  let lineNo = 0;
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    lineNo++;
    const text = raw.trim();
    if (text === "") continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw lineError(lineNo, "not valid JSON");
    }
    if (typeof json !== "object" || json === null || Array.isArray(json)) throw lineError(lineNo, "expected a JSON object");
    const parsed = Line.safeParse(json);
    if (!parsed.success) throw lineError(lineNo, describe(parsed.error));
    const v = parsed.data;
    if (ids.has(v.id)) throw lineError(lineNo, `duplicate id "${v.id}"`);
    ids.add(v.id);
    out.push(
      useContext
        ? {
            id: v.id,
            name: v.name,
            birthYear: v.birthYear ?? v.birth_year ?? null,
            region: v.region ?? null,
            role: v.role ?? null,
            outlet: v.outlet ?? null,
            sex: v.sex ?? null,
          }
        : { id: v.id, name: v.name },
    );
  }
  return out;
}

async function run(file: string | undefined, options: Options): Promise<void> {
  let input: Readable = process.stdin;
  if (file !== undefined && file !== "-") {
    const stream = createReadStream(file);
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (e: NodeJS.ErrnoException) =>
        reject(new VigilError("bad_request", `cannot read ${file}: ${e.code === "ENOENT" ? "no such file" : (e.code ?? "read error")}`)),
      );
    });
    input = stream;
  }
  const mentions = await readMentions(input, options.context);
  const clusters = clusterMentions(mentions);
  let buffer = "";
  for (const m of mentions) {
    buffer += `${JSON.stringify({ id: m.id, cluster: clusters.get(m.id) })}\n`;
    if (buffer.length > 1 << 16) {
      if (!process.stdout.write(buffer)) await new Promise((r) => process.stdout.once("drain", r));
      buffer = "";
    }
  }
  process.stdout.write(buffer);
}

export function registerMatchNames(program: Command): void {
  program
    .command("match-names")
    .description(
      'cluster name mentions into people: reads JSON Lines {"id","name"} (optional birthYear, region, role, outlet, sex) ' +
        'from FILE or stdin, writes {"id","cluster"} per line',
    )
    .argument("[file]", "JSON Lines file (stdin when absent or -)")
    .option("--no-context", "ignore birthYear, region, role, outlet and sex on the lines")
    .action(async (file: string | undefined, options: Options) => {
      try {
        await run(file, options);
      } catch (e) {
        const message = isVigilError(e) ? e.message : "unexpected failure while matching names";
        process.stderr.write(`vigil match-names: ${message}\n`);
        process.exitCode = isVigilError(e) && e.code === "validation_failed" ? 2 : 1;
      }
    });
}
