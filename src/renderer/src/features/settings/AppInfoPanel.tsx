// Shows the app's version and where its data lives, asked of the platform.
import { useEffect, useState } from 'react';
import type { AppInfo } from '@shared/api';
import { platform } from '../../platform';

export function AppInfoPanel() {
  const [info, setInfo] = useState<AppInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    platform.appInfo().then(setInfo, (error: Error) => setProblem(error.message));
  }, []);
  return (
    <section className="panel" aria-labelledby="about-heading">
      <h2 id="about-heading">About this copy</h2>
      {problem && <p>{problem}</p>}
      {info && (
        <dl>
          <dt>Version</dt>
          <dd>{info.version}</dd>
          <dt>Where your data lives</dt>
          <dd>{info.dataFolder}</dd>
        </dl>
      )}
    </section>
  );
}
