'use strict';

// SPFx 1.23 gulp toolchain with the web part entry in spfx-webpart/ and the shared core in src/ (rootDir ".").
const build = require('@microsoft/sp-build-web');

// rootDir "." => src/** compiles to lib/src/**, while gulp's copy-static-assets copies relative to src/;
// mirror static assets into lib/** with their full path so require('./x.png') from compiled code resolves.
const copyAssetsForRootDirLayout = build.subTask('copy-assets-rootdir-layout', function (gulp) {
  return gulp
    .src(['src/**/*.{png,jpg,jpeg,gif,svg,woff,woff2,json}', 'spfx-webpart/**/*.{png,jpg,jpeg,gif,svg,woff,woff2,json}'], { base: '.' })
    .pipe(gulp.dest('lib'));
});
build.rig.addPostTypescriptTask(copyAssetsForRootDirLayout);

const getTasks = build.rig.getTasks;
build.rig.getTasks = function () {
  const result = getTasks.call(build.rig);
  result.set('serve', result.get('serve-deprecated'));
  return result;
};

build.initialize(require('gulp'));
