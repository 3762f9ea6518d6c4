// Runs @doyensec/electronegativity over src and fails on any HIGH or MEDIUM finding that is not
// listed, with its reason, in security/electronegativity-known.json.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const ELECTRON_VERSION = '45.5.0';
const TOOL = '@doyensec/electronegativity@1.10.3';
const root = resolve(import.meta.dirname, '..');
const outDir = mkdtempSync(join(tmpdir(), 'electronegativity-'));
const output = join(outDir, 'report.csv');

const run = spawnSync(
  'npx',
  ['--yes', TOOL, '-i', join(root, 'src'), '-o', output, '-e', ELECTRON_VERSION, '-v', 'false'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    cwd: root,
  },
);
if (run.status !== 0 || !existsSync(output)) {
  console.error('electronegativity did not run to the end; see its output above.');
  process.exit(1);
}

// Each finding is one line: CHECK,"SEVERITY","CONFIDENCE","file","line:column",…
const FINDING = /^([A-Z0-9_]+),"(HIGH|MEDIUM|LOW|INFORMATIONAL)","(\w+)","([^"]*)","(\d+:\d+)"/;
const lines = readFileSync(output, 'utf8')
  .split(/\r?\n/)
  .slice(1)
  .filter((line) => line.trim() !== '');
const unreadable = lines.filter((line) => !FINDING.test(line));
if (unreadable.length > 0) {
  console.error(
    `Could not read ${unreadable.length} line(s) of the electronegativity report:\n${unreadable.join('\n')}`,
  );
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
