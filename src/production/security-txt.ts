/**
 * /.well-known/security.txt (RFC 9116). Expires lies one year after the build date, the most the RFC allows, so a
 * deployed build stays valid for a year; a build with an old BUILD_DATE gets a warning when that is almost over.
 */
import { addYears } from '../model/dates.ts';
import { daysBetween } from '../model/build-date.ts';

export const SECURITY_CONTACT = 'https://www.nationaalrapporteur.nl';
export const EXPIRY_WARNING_DAYS = 30;

export function securityTxtExpires(buildDate: string): string {
  return addYears(buildDate, 1);
}

export function securityTxt(buildDate: string): string {
  return [
    '# Security contact for this site (RFC 9116). The site is the explanation that the Nationaal Rapporteur',
    '# Mensenhandel refers to in her letter of 5 September 2025; reports go through the contact details on her website.',
    `Contact: ${SECURITY_CONTACT}`,
    `Expires: ${securityTxtExpires(buildDate)}T00:00:00.000Z`,
    'Preferred-Languages: nl, en',
    '',
  ].join('\n');
}

/** A warning for the build log when Expires is less than 30 days after `today` (the real day the build runs). */
export function securityTxtWarning(buildDate: string, today: string): string | undefined {
  const left = daysBetween(today, securityTxtExpires(buildDate));
  if (left >= EXPIRY_WARNING_DAYS) return undefined;
  return left < 0
    ? `security.txt: Expires (${securityTxtExpires(buildDate)}) has passed: build with a later BUILD_DATE, or without one`
    : `security.txt: Expires (${securityTxtExpires(buildDate)}) is ${left} days away: build with a later BUILD_DATE, or without one`;
}
