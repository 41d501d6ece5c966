#!/usr/bin/env node
/** The `vigil` command line. Each verb lives in its own file under commands/ and registers itself here. */
import { Command } from "commander";
import { registerMatchNames } from "./commands/match-names.js";

const program = new Command("vigil")
  .description("Vigil: a register of incidents against people during a crackdown")
  .showHelpAfterError("(run with --help for usage)");

// Verbs register below, one line each.
registerMatchNames(program);

await program.parseAsync(process.argv);
