// Runs first in every npm script, before any module that needs a new Node.js: on an older Node it
// prints one line and exits 1, instead of a stack trace from deep inside a tool. Written in the oldest
// JavaScript (var, no arrows, CommonJS) so that any Node.js can run it far enough to say so.
'use strict';
var fs = require('fs');
var path = require('path');

/** The lowest version package.json's engines.node allows (">=22.12.0" -> [22, 12, 0]). */
function required(root) {
  var pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  var m = /(\d+)\.(\d+)\.(\d+)/.exec((pkg.engines && pkg.engines.node) || '');
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : [0, 0, 0];
}

/** The one-line message for a Node.js version ("20.20.2"), or null when it is new enough. */
function check(version, need) {
  var have = String(version).replace(/^v/, '').split('.').map(Number);
  for (var i = 0; i < 3; i++) {
    if ((have[i] || 0) > need[i]) return null;
    if ((have[i] || 0) < need[i]) {
      return 'This project needs Node.js ' + need[0] + '.' + need[1] + ' or newer (see .nvmrc; with nvm: nvm install && nvm use); you have ' + String(version).replace(/^v/, '') + '.';
    }
  }
  return null;
}

module.exports = { check: check, required: required };

if (require.main === module) {
  // CHECK_NODE_VERSION stands in for the running version, so the message can be tested on a new Node.
  var message = check(process.env.CHECK_NODE_VERSION || process.versions.node, required(path.join(__dirname, '..')));
  if (message) {
    console.error(message);
    process.exit(1);
  }
}
