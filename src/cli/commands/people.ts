/** `vigil people duplicates | merge | unmerge`: the merge queue from the command line. */
import type { Command } from "commander";
import { SYSTEM } from "../../auth/policy.js";
import { VigilError } from "../../core/errors.js";
import { ID_PATTERN } from "../../core/ids.js";
import { findDuplicates, listMergeCandidates, mergePeople, unmergePeople, type MergeCandidateView, type Rec } from "../../register/index.js";
import { withVigil } from "../shared.js";

function idArg(value: string, what: string, prefix: string): string {
  if (!ID_PATTERN.test(value) || !value.startsWith(`${prefix}_`)) throw new VigilError("bad_request", `${what} must be a Vigil id such as ${prefix}_01h…, got "${value}"`);
  return value;
}

function reasonOpt(reason: string | undefined): string {
  const r = reason?.trim();
  if (!r) throw new VigilError("bad_request", "--reason must say why (it is kept with the decision)");
  return r;
}

const nameOf = (p: Rec | null): string => (p ? String(((p.names as Rec[] | undefined) ?? [])[0]?.value ?? p.publicLabel ?? "?") : "(not visible)");

function line(c: MergeCandidateView): string {
  return [c.id, c.outcome, c.score.toFixed(2), `${String(c.personA?.id ?? "?")} ${nameOf(c.personA)}`, `${String(c.personB?.id ?? "?")} ${nameOf(c.personB)}`, c.reasons.join("; ")].join("\t");
}

export function registerPeople(program: Command): void {
  const people = program.command("people").description("people entered twice: the merge queue, merge and unmerge");

  people.command("duplicates").description("scan the register for people entered twice, fill the merge queue and print it (never merges)")
    .option("--json", "print the scan report and the queue as JSON")
    .option("--limit <n>", "how many pending pairs to print", "100")
    .action(withVigil(async (vigil, _config, opts: { json?: boolean; limit: string }) => {
      const limit = Number(opts.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw new VigilError("bad_request", "--limit must be a whole number from 1 to 10000");
      const ctx = vigil.ctx(SYSTEM);
      const scan = await findDuplicates(ctx);
      const queue = await listMergeCandidates(ctx, { status: "pending", limit, offset: 0 });
      if (opts.json) {
        process.stdout.write(`${JSON.stringify({ scan, queue }, null, 2)}\n`);
        return;
      }
      process.stderr.write(
        `scanned ${scan.people} people in ${scan.ms} ms: ${scan.pairsCompared} pairs compared, ${scan.proposed} new, ${scan.refreshed} updated, ` +
        `${scan.withdrawn} withdrawn, ${scan.alreadyDecided} already decided; ${queue.total} pending\n`,
      );
      for (const c of queue.items) process.stdout.write(`${line(c)}\n`);
    }));

  people.command("merge").argument("<target>", "the person who stays (per_…)").argument("<merged>", "the person merged into the target (per_…)")
    .description("merge one person into another: names, incidents, proceedings, interventions and claims move; undo with `people unmerge`")
    .requiredOption("--reason <text>", "why these are one person (kept with the decision)")
    .option("--candidate <id>", "the merge-queue entry this decides (mrc_…)")
    .action(withVigil(async (vigil, _config, target: string, merged: string, opts: { reason?: string; candidate?: string }) => {
      const res = await mergePeople(vigil.ctx(SYSTEM), {
        targetId: idArg(target, "TARGET", "per"), mergedId: idArg(merged, "MERGED", "per"), reason: reasonOpt(opts.reason),
        candidateId: opts.candidate === undefined ? null : idArg(opts.candidate, "--candidate", "mrc"),
      });
      const m = res.merge.moved;
      process.stdout.write(
        `merged ${res.merge.mergedId} into ${res.merge.targetId} as ${res.merge.id}: ${m.names.length} names, ${m.incidents.length + m.perpetrators.length} incident links, ` +
        `${m.proceedings.length} proceedings, ${m.interventions.length} interventions, ${m.claims.length} claims moved\n`,
      );
    }));

  people.command("unmerge").argument("<merge>", "the merge to undo (mrg_…)")
    .description("undo a merge exactly; refused when something it moved was deleted or changed since")
    .requiredOption("--reason <text>", "why the merge was wrong (kept with the decision)")
    .action(withVigil(async (vigil, _config, mergeId: string, opts: { reason?: string }) => {
      const res = await unmergePeople(vigil.ctx(SYSTEM), idArg(mergeId, "MERGE_ID", "mrg"), reasonOpt(opts.reason));
      process.stdout.write(`undid ${res.merge.id}: ${res.merge.mergedId} is a person of their own again\n`);
    }));
}
