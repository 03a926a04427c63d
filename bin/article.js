#!/usr/bin/env node
// Entry point: wires the real process to the CLI and turns its result into the exit code.
import module from "node:module";

// Node 22.1+ keeps compiled code between runs; on Node 20 this is absent and nothing happens.
module.enableCompileCache?.();

const { run } = await import("../dist/cli/main.js");

// `article parse big.txt | head` closes the pipe early: stop quietly.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

const code = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
process.exitCode = code;
