import { describe, expect, it } from 'vitest';
import { localized, actorSchema } from './schemas.ts';

describe('schemas', () => {
  it('names a missing translation', () => {
    const result = localized.safeParse({ nl: 'Tekst' });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0].message).toBe('English translation is missing');
  });

  it('rejects unknown fields, so a typo in a field name is caught', () => {
    const result = actorSchema.safeParse({
      id: 'x', name: { nl: 'X', en: 'X' }, kind: 'ministerie', level: 'nationaal', domains: ['beleid'],
      summary: { nl: 'a', en: 'a' }, role_now: { nl: 'a', en: 'a' }, sources: ['s'], rol_nu: 'typo',
    });
    expect(result.success).toBe(false);
  });
});
