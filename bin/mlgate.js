#!/usr/bin/env node
// The `mlgate` command: runs the committed bundle, so no build step is needed after install.
import '../dist/cli/index.js';
