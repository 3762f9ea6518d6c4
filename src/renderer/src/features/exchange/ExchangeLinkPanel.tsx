// The way from the Backup screen to sharing records with other coordinators.
import { useId } from 'react';
import { Link } from '../../ui/router';

export function ExchangeLinkPanel() {
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Share with other coordinators</h2>
      <p>
        Pass your records to another coordinator, or combine theirs with yours, with a file on a USB stick or by email.
      </p>
      <Link className="button" to="/backup/exchange">
        Share or combine records
      </Link>
    </section>
  );
}
