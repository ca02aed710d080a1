'use strict';

// SPFx 1.23 gulp toolchain with the web part entry in spfx-webpart/ and the shared core in src/ (rootDir ".").
const fs = require('fs');
const path = require('path');
const build = require('@microsoft/sp-build-web');

// rootDir "." => src/** compiles to lib/src/**, while gulp's copy-static-assets copies relative to src/;
// mirror static assets into lib/** with their full path so require('./x.png') from compiled code resolves.
const copyAssetsForRootDirLayout = build.subTask('copy-assets-rootdir-layout', function (gulp) {
  return gulp
    .src(['src/**/*.{png,jpg,jpeg,gif,svg,woff,woff2,json}', 'spfx-webpart/**/*.{png,jpg,jpeg,gif,svg,woff,woff2,json}'], { base: '.' })
    .pipe(gulp.dest('lib'));
});
build.rig.addPostTypescriptTask(copyAssetsForRootDirLayout);

// The web part's chunks (views and languages load on demand): which files each chunk group loads, for `npm run bench`
// and the bundle budgets (tests/build/budgets.test.ts). SPFx's webpack loads the chunks from the entry bundle's own
// folder (its public path comes from the bundle's script element), ClientSideAssets on SharePoint.
const CHUNK_GROUPS_FILE = 'temp/webpart-chunk-groups.json';
class ChunkGroupsPlugin {
  apply(compiler) {
    compiler.hooks.done.tap('ChunkGroupsPlugin', (stats) => {
      const groups = {};
      for (const group of stats.compilation.chunkGroups) {
        if (!group.name) continue;
        groups[group.name] = { initial: group.isInitial(), files: group.chunks.flatMap((chunk) => [...chunk.files].filter((f) => f.endsWith('.js'))) };
      }
      fs.mkdirSync(path.dirname(CHUNK_GROUPS_FILE), { recursive: true });
      fs.writeFileSync(CHUNK_GROUPS_FILE, JSON.stringify(groups, null, 2) + '\n');
    });
  }
}
build.configureWebpack.mergeConfig({
  additionalConfiguration: (config) => {
    config.plugins.push(new ChunkGroupsPlugin());
    return config;
  },
});

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
