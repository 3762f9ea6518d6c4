// Moves between the parts of Donations: the gifts, the donors, and importing from a spreadsheet.
import { NavLink } from '../../ui/router';

const LINKS = [
  { to: '/donations', label: 'Gifts', end: true },
  { to: '/donations/donors', label: 'Donors', end: false },
  { to: '/donations/import', label: 'Import from a spreadsheet', end: true },
];

export function DonationsNav() {
  return (
    <nav className="sub-nav" aria-label="Donations">
      <ul>
        {LINKS.map((link) => (
          <li key={link.to}>
            <NavLink to={link.to} end={link.end}>
              {link.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
