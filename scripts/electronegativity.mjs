// Runs @doyensec/electronegativity over src and fails on any HIGH or MEDIUM finding that is not
// listed, with its reason, in security/electronegativity-known.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ELECTRON_VERSION = '45.5.0';
const TOOL = '@doyensec/electronegativity@1.10.3';
const root = resolve(import.meta.dirname, '..');
// Each finding is one line: CHECK,"SEVERITY","CONFIDENCE","file","line:column",…
const FINDING = /^([A-Z0-9_]+),"(HIGH|MEDIUM|LOW|INFORMATIONAL)","(\w+)","([^"]*)","(\d+:\d+)"/;
const ATTEMPTS = 5;

/**
 * Runs the scan once and returns the report's finding lines, or null when the report came out
 * garbled. The tool writes its CSV header and its rows with two unsynchronised writeFile calls, so
 * now and then the header lands over the start of the first row; that run is simply repeated.
 */
function scan(attempt) {
  const output = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
  const run = spawnSync(
    'npx',
    ['--yes', TOOL, '-i', join(root, 'src'), '-o', output, '-e', ELECTRON_VERSION, '-v', 'false'],
    { stdio: ['ignore', 'inherit', 'inherit'], cwd: root },
  );
  if (run.status !== 0 || !existsSync(output)) {
    console.error('electronegativity did not run to the end; see its output above.');
    process.exit(1);
  }
  const lines = readFileSync(output, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '');
  const unreadable = lines.filter((line) => !FINDING.test(line));
  if (unreadable.length === 0) return lines;
  console.log(
    `electronegativity wrote a garbled report (attempt ${attempt} of ${ATTEMPTS}): ${unreadable[0].slice(0, 60)}…`,
  );
  return null;
}

let lines = null;
for (let attempt = 1; attempt <= ATTEMPTS && lines === null; attempt++) lines = scan(attempt);
if (lines === null) {
  console.error(`electronegativity's report could not be read in ${ATTEMPTS} attempts.`);
  process.exit(1);
}
const findings = lines.map((line) => {
  const [, check, severity, , file, line_] = FINDING.exec(line);
  return { check, severity, file: relative(root, resolve(root, file)).replace(/\\/g, '/'), line: line_ };
});
const known = JSON.parse(readFileSync(join(root, 'security', 'electronegativity-known.json'), 'utf8'));

const serious = findings.filter((f) => /HIGH|MEDIUM/i.test(f.severity ?? ''));
const unexplained = serious.filter(
  (f) =>
    !known.some(
      (k) => k.check === f.check && f.file.endsWith(k.file) && typeof k.reason === 'string' && k.reason.length > 20,
    ),
);

console.log(
  `electronegativity: ${findings.length} findings, ${serious.length} HIGH or MEDIUM, ${serious.length - unexplained.length} of them known false positives.`,
);
for (const f of serious) {
  const entry = known.find((k) => k.check === f.check && f.file.endsWith(k.file));
  console.log(
    `  ${entry ? 'known' : 'NEW  '} ${f.severity} ${f.check} ${f.file}:${f.line}${entry ? ` — ${entry.reason}` : ''}`,
  );
}
if (unexplained.length > 0) {
  console.error(
    `${unexplained.length} HIGH or MEDIUM finding(s) are not explained in security/electronegativity-known.json.`,
  );
  process.exit(1);
}
