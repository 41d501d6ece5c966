#!/usr/bin/env node
/** The `vigil` command line. Each verb lives in its own file under commands/ and registers itself here. */
import { Command } from "commander";

const program = new Command("vigil")
  .description("Vigil: a register of incidents against people during a crackdown")
  .showHelpAfterError("(run with --help for usage)");

// Verbs register below, one line each.

await program.parseAsync(process.argv);
