// Run as a child process by backupKill.test.ts (bundled first, so it runs the real atomicWrite.ts):
// writes one big backup-like file over and over, each time a new version, until it is killed.
import { writeFileAtomic } from '../../../src/main/atomicWrite';

const [target, sizeText] = process.argv.slice(2);
if (!target || !sizeText) throw new Error('usage: child <target> <bytes>');

// The version sits at both ends, so a file mixing two writes, or cut short, is caught.
const head = '{"version":"000000","filler":"';
const tail = '","end":"000000"}';
const bytes = Buffer.from(head + 'x'.repeat(Number(sizeText)) + tail, 'utf8');
const stampAt = (offset: number, version: number) => bytes.write(String(version).padStart(6, '0'), offset, 'utf8');

async function main(): Promise<void> {
  process.stdout.write('ready\n');
  for (let version = 1; ; version += 1) {
    stampAt(head.indexOf('000000'), version);
    stampAt(bytes.byteLength - tail.length + tail.indexOf('000000'), version);
    await writeFileAtomic(target!, bytes);
    process.stdout.write(`wrote ${version}\n`);
  }
}

void main();
