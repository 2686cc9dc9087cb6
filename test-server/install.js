// Installs the pinned test server with `npm ci`, unless node_modules already holds what
// package-lock.json pins. The build runs this before tests (module generic-repo-testing); builds
// that skip the tests do not run it, and so need no Node.
//
// "Already holds" means: the stamp written after the last successful `npm ci` is a byte-for-byte
// copy of today's package-lock.json. `npm ci` deletes node_modules first, stamp included, so a
// failed or interrupted install is redone, and so is any change to the lock file.
'use strict';

const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');

const lock = path.join(__dirname, 'package-lock.json');
const stamp = path.join(__dirname, 'node_modules', '.generic-repo-installed-lock.json');

function upToDate() {
  try {
    return fs.readFileSync(stamp).equals(fs.readFileSync(lock));
  } catch (e) {
    return false; // no stamp yet
  }
}

if (upToDate()) {
  console.log('test-server: node_modules matches package-lock.json; npm ci skipped');
  process.exit(0);
}

const windows = process.platform === 'win32';
const result = spawnSync(windows ? 'npm.cmd' : 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'],
  { cwd: __dirname, stdio: 'inherit', shell: windows });
if (result.error) {
  console.error('test-server: could not run npm: ' + result.error.message);
  process.exit(1);
}
if (result.status !== 0) {
  process.exit(result.status === null ? 1 : result.status);
}
fs.copyFileSync(lock, stamp);
