// Moves between this copy's monthly summary and the state roll-up of several affiliates' files.
import { NavLink } from '../../ui/router';

export function ReportsNav() {
  return (
    <nav className="sub-nav" aria-label="Reports">
      <ul>
        <li>
          <NavLink to="/reports" end>
            Monthly summary
          </NavLink>
        </li>
        <li>
          <NavLink to="/reports/rollup" end>
            State roll-up
          </NavLink>
        </li>
      </ul>
    </nav>
  );
}
