/** `vigil serve`: the web app and API on the configured database, with the demo data on first start. */
import type { Command } from "commander";
import { SYSTEM } from "../../auth/policy.js";
import { createVigil } from "../../app.js";
import { loadConfig } from "../../config.js";
import { VigilError } from "../../core/errors.js";
import { countUsers, createUser, importAll } from "../../register/index.js";
import { buildServer } from "../../server/build-server.js";
import { httpFeedFetcher, startFeedScheduler } from "../../pipeline/index.js";
import { fail } from "../shared.js";

export function registerServe(program: Command): void {
  program.command("serve").description("serve the web app and the API (VIGIL_PORT, VIGIL_HOST, VIGIL_DATABASE_URL)")
    .option("--port <port>", "override VIGIL_PORT")
    .option("--host <host>", "override VIGIL_HOST")
    .option("--no-demo", "do not load the demo dataset into an empty database")
    .action(async (opts: { port?: string; host?: string; demo: boolean }) => {
      try {
        // Named here: the configuration's own check would blame VIGIL_PORT for a flag the user typed.
        if (opts.port !== undefined && !(/^\d{1,5}$/.test(opts.port) && Number(opts.port) <= 65_535)) {
          throw new VigilError("bad_request", `--port must be a number from 0 to 65535, not "${opts.port}"`);
        }
        const config = loadConfig({
          ...(opts.port !== undefined ? { VIGIL_PORT: opts.port } : {}),
          ...(opts.host !== undefined ? { VIGIL_HOST: opts.host } : {}),
        });
        const note = migrationNotes();
        const vigil = await createVigil(config, {
          onMigration: (name) => {
            const line = note(name);
            if (line) process.stdout.write(`${line}\n`);
          },
        });
        const system = vigil.ctx(SYSTEM);
        if (config.firstAdmin && (await countUsers(vigil.store)) === 0) {
          await createUser(system, { username: config.firstAdmin.username, password: config.firstAdmin.password, role: "admin" });
          process.stdout.write(`created the first admin, ${config.firstAdmin.username}, from VIGIL_ADMIN_USERNAME\n`);
        }
        const empty = !(await vigil.store.db.selectFrom("people").select("id").limit(1).executeTakeFirst());
        if (empty && config.demo && opts.demo) {
          const { generateDemo } = await import("../../demo/index.js");
          const r = await importAll(system, generateDemo(), { reason: "demo data (fictional)" });
          process.stdout.write(`loaded the fictional demo dataset: ${r.created.person ?? 0} people, ${r.created.incident ?? 0} incidents\n`);
        }
        const app = await buildServer(vigil, {
          config, readCacheMb: config.httpCacheMb, feedsAllowPrivate: config.feedsAllowPrivate,
          readWorkers: { count: config.httpReadWorkers, databaseUrl: config.databaseUrl },
        });
        // Feeds due for polling are fetched once a minute; closing the server waits for a poll in progress.
        app.addHook("onClose", startFeedScheduler(vigil, { fetcher: httpFeedFetcher({ allowPrivate: config.feedsAllowPrivate }), onPoll: (r) => app.log.info({ feedId: r.feedId, status: r.status }, "feed polled"), onError: (e) => app.log.error({ errName: e instanceof Error ? e.name : typeof e }, "feed polling failed") }));
        const close = async () => {
          await app.close();
          await vigil.close();
          process.exit(0);
        };
        process.once("SIGINT", close);
        process.once("SIGTERM", close);
        const address = await app.listen({ port: config.port, host: config.host }).catch((e: NodeJS.ErrnoException) => {
          throw new VigilError("unavailable", e.code === "EADDRINUSE" ? `port ${config.port} is in use; choose another with --port or VIGIL_PORT` : `cannot listen on ${config.host}:${config.port}`);
        });
        process.stdout.write(`Vigil is running at ${address.replace("127.0.0.1", "localhost")} on ${vigil.store.location}\n`);
        if ((await countUsers(vigil.store)) === 0) {
          process.stdout.write("No accounts yet. Create the first admin with:\n  npx vigil user add <name> --role admin\n(or set VIGIL_ADMIN_USERNAME and VIGIL_ADMIN_PASSWORD before starting)\n");
        }
      } catch (e) {
        fail(e);
      }
    });
}

/**
 * What to say as each migration starts: a new database is created in a moment, so it gets one line, not a warning
 * per migration that "this can take a few minutes" (true only when upgrading a large existing database).
 */
export function migrationNotes(): (name: string) => string | null {
  let creating = false;
  return (name) => {
    if (name.startsWith("0001_")) {
      creating = true;
      return "creating a new database";
    }
    return creating ? null : `updating the database (${name}); on a large database this can take a few minutes`;
  };
}
