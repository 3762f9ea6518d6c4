// Bench diagnostics: each of Home's to-do sections timed on its own, then all together as Home runs them.
import { todayIso } from '../../domain/dates';
import { PROVIDERS } from '../home/useHomeTodos';

export async function probeHome(): Promise<Record<string, string>> {
  const today = todayIso();
  const providers = PROVIDERS;
  const out: Record<string, string> = {};
  for (const provide of providers) {
    const start = performance.now();
    const sections = [await provide(today)].flat();
    const ms = Math.round(performance.now() - start);
    // Sections made from one read are timed together, under the first one's title.
    sections.forEach((section, index) => {
      out[section.title] = `${section.items.length} items, ${index === 0 ? `${ms} ms` : 'read with the one before'}`;
    });
  }
  const start = performance.now();
  await Promise.all(providers.map((provide) => provide(today)));
  out['All together'] = `${Math.round(performance.now() - start)} ms`;
  return out;
}
