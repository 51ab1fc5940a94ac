#!/usr/bin/env node
// The `article-quiz` executable.
import { main } from './cli.js';

process.exitCode = main(process.argv.slice(2));
