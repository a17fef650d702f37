import { describe, expect, it } from 'vitest';
import { DIAGRAM_STATES, PAGE_TYPES, engineExceptions, exceptionCriteria } from './checks.ts';

describe('the accessibility checks the statement reports', () => {
  it('reads every exception with its engine, rule, place, WCAG criteria and reason', () => {
    const exceptions = engineExceptions();
    expect(exceptions.length).toBeGreaterThan(0);
    for (const exception of exceptions) {
      expect(['ace', 'htmlcs']).toContain(exception.engine);
      for (const field of ['rule', 'where', 'reason'] as const) expect(exception[field].trim(), field).not.toBe('');
      expect(exception.wcag).toMatch(/^\d\.\d+\.\d+(, \d\.\d+\.\d+)*$/);
    }
  });

  it('lists each criterion once, in the order of the guidelines', () => {
    const exceptions = engineExceptions('- {engine: ace, rule: a, where: x, wcag: "4.1.2, 1.3.1", reason: r}\n- {engine: htmlcs, rule: b, where: y, wcag: "2.5.3, 1.3.1, 1.4.11", reason: r}\n');
    expect(exceptionCriteria(exceptions)).toEqual(['1.3.1', '1.4.11', '2.5.3', '4.1.2']);
    expect(engineExceptions('')).toEqual([]);
  });

  it('checks distinct pages and states', () => {
    expect(new Set(PAGE_TYPES).size).toBe(PAGE_TYPES.length);
    expect(new Set(DIAGRAM_STATES).size).toBe(DIAGRAM_STATES.length);
  });
});
