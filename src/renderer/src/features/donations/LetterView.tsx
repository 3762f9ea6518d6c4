// A thank-you letter on paper: letterhead, date, the donor's address, the gifts, the statements.
import type { Letter } from '../../domain/letters';

export function LetterView({ letter }: { letter: Letter }) {
  return (
    <div className="letter">
      <header className="letter-head">
        <p className="letter-org">{letter.organisation.name}</p>
        {letter.organisation.addressLines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
        {letter.organisation.contactLine && <p>{letter.organisation.contactLine}</p>}
      </header>
      <p className="letter-date">{letter.date}</p>
      <address className="letter-to">
        {[letter.donor.name, ...letter.donor.addressLines].map((line, index) => (
          <span key={index}>
            {line}
            <br />
          </span>
        ))}
      </address>
      <p>{letter.salutation}</p>
      <p>{letter.opening}</p>
      <table className="letter-gifts">
        <thead>
          <tr>
            <th scope="col">Date received</th>
            <th scope="col">What you gave</th>
          </tr>
        </thead>
        <tbody>
          {letter.gifts.map((gift, index) => (
            <tr key={index}>
              <td>{gift.date}</td>
              <td>{gift.what}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{letter.purpose}</p>
      <p className="letter-statement">{letter.statement}</p>
      {letter.paragraphs.map((paragraph, index) => (
        <p key={index}>{paragraph}</p>
      ))}
      <div className="letter-close">
        <p>{letter.signOff}</p>
        <div className="letter-signature-space" aria-hidden="true" />
        {letter.signatureLines.map((line, index) => (
          <p key={index}>{line}</p>
        ))}
      </div>
    </div>
  );
}
