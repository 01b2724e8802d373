/** Someone as the workspace names them: an account from the API, with a display name or not. */
export type NamedPerson = { email: string } & ({ name: string } | { displayName: string });

/** A person as the workspace names them: their name, else their e-mail address. */
export function personName(person: NamedPerson): string {
  return ('name' in person ? person.name : person.displayName) || person.email;
}
