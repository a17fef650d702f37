/**
 * The publisher's e-mail address, from CONTACT_EMAIL: "Klopt er iets niet?" and the accessibility statement write
 * to it. Like SITE_URL (site-url.ts), a placeholder stands in until the publisher gives one: such a build is a
 * preview. A build for the public address (SITE_URL set) refuses to run without a real address.
 */
import { PLACEHOLDER_SITE_URL } from './site-url.ts';

/** On the reserved .example domain (RFC 2606): no mail can reach anyone there. */
export const PLACEHOLDER_CONTACT_EMAIL = 'adres-nog-niet-bekend@governance-mensenhandel.example';

/** One plain address: no name part, no list, nothing a mailto: URL would have to escape. */
const ADDRESS = /^[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function contactEmail(env: Record<string, string | undefined> = process.env): string {
  const address = env.CONTACT_EMAIL?.trim();
  const production = Boolean(env.SITE_URL) && env.SITE_URL !== PLACEHOLDER_SITE_URL;
  if (address && !ADDRESS.test(address)) throw new Error(`CONTACT_EMAIL=${address} is not one plain e-mail address (name@domain.nl)`);
  if (address && address.endsWith('.example')) throw new Error(`CONTACT_EMAIL=${address} is on the reserved .example domain: give the publisher's real address`);
  if (!address && production) {
    throw new Error('SITE_URL is set but CONTACT_EMAIL is not: a build for the public address needs the publisher\'s e-mail address (CONTACT_EMAIL=... SITE_URL=... npm run build)');
  }
  return address || PLACEHOLDER_CONTACT_EMAIL;
}

export function isPlaceholderContactEmail(address: string): boolean {
  return address === PLACEHOLDER_CONTACT_EMAIL;
}
