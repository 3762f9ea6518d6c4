// Spots free text that looks like it names a person, so the form can warn before it is saved.
// Groups are confidential: notes must not say who came or what they shared. A warning, never a block,
// so it leans towards catching names and stays quiet on ordinary notes.

// Common US and Spanish first names. Left out on purpose: names that are also everyday words
// (Grace, Hope, Joy, Faith, May, June, April, Will, Mark, Bill, Rose, Dawn, Art, Luz, Dolores, Paz…).
const FIRST_NAMES = `
James John Robert Michael David William Richard Joseph Thomas Charles Christopher Daniel Matthew
Anthony Donald Steven Paul Andrew Joshua Kenneth Kevin Brian George Timothy Ronald Edward Jason
Jeffrey Ryan Jacob Gary Nicholas Eric Jonathan Stephen Larry Justin Scott Brandon Benjamin Samuel
Gregory Alexander Patrick Raymond Jack Dennis Jerry Tyler Aaron Henry Douglas Peter Adam
Nathan Zachary Walter Kyle Harold Carl Jeremy Keith Roger Gerald Ethan Arthur Terry Sean
Lawrence Joe Noah Jesse Albert Bryan Billy Bruce Willie Dylan Alan Ralph Gabriel Roy
Juan Wayne Eugene Logan Randy Louis Russell Vincent Philip Bobby Johnny Bradley Mike Tom Jim Bob
Steve Dave Dan Chris Tony Greg Jeff Ken Matt Nick Rick Ron Tim Joey Danny
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Lisa Nancy Betty Sandra
Margaret Ashley Kimberly Emily Donna Michelle Carol Amanda Melissa Deborah Stephanie Dorothy Rebecca
Sharon Laura Cynthia Amy Kathleen Angela Shirley Brenda Emma Anna Pamela Nicole Samantha Katherine
Christine Debra Rachel Carolyn Janet Maria Catherine Heather Diane Olivia Julie Joyce Victoria Ruth
 Lauren Kelly Christina Joan Evelyn Judith Andrea Hannah Megan Cheryl Jacqueline Martha
 Teresa Gloria Sara Janice Ann Kathryn Abigail Sophia Frances Jean Alice Judy Isabella Julia
Denise Doris Marilyn Danielle Beverly Theresa Diana Natalie Brittany Marie Kayla
Alexis Lori Tina Kathy Sue Jenny Becky Debbie Cindy Pam Barb Liz Beth Jen Kate Katie Annie Ellen
José Jose Luis Carlos Jorge Miguel Pedro Manuel Francisco Javier Antonio Alejandro Fernando Ricardo
Eduardo Roberto Rafael Sergio Raúl Raul Ramón Ramon Héctor Hector Enrique Andrés Andres Diego Pablo
Alberto Arturo Guillermo Julio Óscar Oscar Rubén Ruben Mario Hugo Armando Alfredo Ernesto Gustavo
Joaquín Joaquin Mateo Emilio Ignacio Tomás Tomas Felipe Gerardo Rodrigo Víctor Victor Marcos
María Juana Margarita Verónica Veronica Leticia Rosa Elena Carmen Ana Josefina Alicia
Claudia Patricia Adriana Gabriela Silvia Sofía Sofia Isabel Lucía Lucia Beatriz Yolanda Norma
Araceli Alejandra Mónica Monica Marisol Lorena Cristina Daniela Valeria Ximena Camila Fernanda
Paola Catalina Inés Ines Irma Lourdes Teresa Marta Raquel Susana Gloria Blanca Rocío Rocio
`;
const NAMES = new Set(FIRST_NAMES.split(/\s+/).filter(Boolean));

const HONORIFICS = 'Mr|Mrs|Ms|Miss|Mx|Dr|Sr|Sra|Srta|Don|Doña|Dona|Señor|Señora|Senor|Senora';
const CAPITALISED = "\\p{Lu}[\\p{Ll}'’-]+";
const HONORIFIC_NAME = new RegExp(`(?<!\\p{L})(?:${HONORIFICS})\\.? ${CAPITALISED}(?: ${CAPITALISED})?`, 'gu');
const WORD = new RegExp(`(?<!\\p{L})${CAPITALISED}`, 'gu');
/** A capitalised word followed by a verb of speaking reads like "Kowalski said". */
const SPEAKER = new RegExp(
  `(?<!\\p{L})(${CAPITALISED}) (?:said|says|told|shared|mentioned|asked|talked|called)\\b`,
  'gu',
);
// Capitalised words that often come before those verbs and are not names.
const NOT_NAMES = new Set(
  `I He She They We You It Everyone Everybody Someone Somebody Nobody Anyone One Another All Many Most
 Some Few Both Each Several Others Other People Members Member Participants Participant Attendees
 Newcomers Newcomer Facilitator Facilitators Coordinator Staff Host Group Library Church Venue Clinic
 Nurse Doctor Counselor Mom Dad Mother Father Parent Parents Family Police Somebody This That`.split(/\s+/),
);

/** Phrases in `text` that look like a person's name, in the order they appear, each once. */
export function possibleNames(text: string): string[] {
  const hits: Array<{ phrase: string; start: number; end: number }> = [];
  const add = (phrase: string, start: number) => {
    const end = start + phrase.length;
    if (hits.some((hit) => start < hit.end && end > hit.start)) return;
    hits.push({ phrase, start, end });
  };

  for (const match of text.matchAll(HONORIFIC_NAME)) add(match[0], match.index);

  const words = [...text.matchAll(WORD)];
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i];
    if (!word || !NAMES.has(word[0])) continue;
    const next = words[i + 1];
    // "Maria Lopez": a known first name followed directly by another capitalised word.
    const withSurname =
      next !== undefined && next.index === word.index + word[0].length + 1 && text[word.index + word[0].length] === ' ';
    if (withSurname) {
      add(`${word[0]} ${next[0]}`, word.index);
      i += 1;
    } else {
      add(word[0], word.index);
    }
  }

  for (const match of text.matchAll(SPEAKER)) {
    const name = match[1];
    if (name !== undefined && !NOT_NAMES.has(name)) add(name, match.index);
  }
  hits.sort((a, b) => a.start - b.start);
  return [...new Set(hits.map((hit) => hit.phrase))];
}
