#!/usr/bin/env node
/**
 * Removes what the SharePoint build (`npm run build:spfx`: gulp bundle and package-solution) writes anew: lib/ (SPFx's
 * TypeScript output), temp/, release/ and sharepoint/solution/. gulp never deletes a file it no longer writes, so a
 * compiled module left by an older checkout would otherwise be bundled (lib/src/loc.js, say, beside the newer
 * lib/src/loc/index.js, takes its place in `import '../loc'`). dist/ stays: it also holds the Teams tab of
 * `npm run build:web`. Plain CommonJS on Node's fs, so it runs the same on Windows, macOS and Linux.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.resolve(__dirname, '..');
/** The folders the SharePoint build writes and fully writes again. */
const SPFX_OUTPUTS = ['lib', 'temp', 'release', path.join('sharepoint', 'solution')];

for (const folder of SPFX_OUTPUTS) fs.rmSync(path.join(ROOT, folder), { recursive: true, force: true, maxRetries: 3 });
