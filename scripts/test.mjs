// npm test: typecheck, lint, unit tests, build and end-to-end tests; non-zero if any fail.
import { spawnSync } from 'node:child_process';

const steps = [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['unit tests', ['run', 'test:unit']],
  ['build', ['run', 'build']],
  ['end-to-end tests', ['run', 'test:e2e']],
];

const failed = [];
for (const [name, args] of steps) {
  if (name === 'end-to-end tests' && failed.includes('build')) {
    failed.push(name);
    console.log(`\n▶ ${name}: skipped, because the build failed`);
    continue;
  }
  console.log(`\n▶ ${name}`);
  const result = spawnSync('npm', args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) failed.push(name);
}

console.log('');
if (failed.length > 0) {
  console.log(`npm test failed: ${failed.join(', ')}.`);
  process.exit(1);
}
console.log('npm test passed: typecheck, lint, unit tests, build and end-to-end tests.');
