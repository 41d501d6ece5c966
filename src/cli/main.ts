#!/usr/bin/env node
/** The `vigil` command line. Each verb lives in its own file under commands/ and registers itself here. */
import { Command } from "commander";
import { registerExtract } from "./commands/extract.js";
import { registerIngest } from "./commands/ingest.js";
import { registerMatchNames } from "./commands/match-names.js";
import { registerPeople } from "./commands/people.js";
import { registerRegisterVerbs } from "./commands/register.js";
import { registerServe } from "./commands/serve.js";

const program = new Command("vigil")
  .description("Vigil: a register of incidents against people during a crackdown")
  .showHelpAfterError("(run with --help for usage)");

// Verbs register below, one line each.
registerServe(program);
registerRegisterVerbs(program);
registerMatchNames(program);
registerExtract(program);
registerIngest(program);
registerPeople(program);

await program.parseAsync(process.argv);
