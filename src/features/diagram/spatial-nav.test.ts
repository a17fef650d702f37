import { describe, expect, it } from 'vitest';
import { nearestInDirection } from './spatial-nav.ts';

describe('arrow-key movement', () => {
  const grid = [
    { id: 'a', x: 0, y: 0 },
    { id: 'b', x: 100, y: 0 },
    { id: 'c', x: 0, y: 100 },
    { id: 'd', x: 100, y: 100 },
    { id: 'e', x: 250, y: 100 },
  ];
  it('moves along the row and on to the next row in reading order', () => {
    expect(nearestInDirection(grid, 'a', 'right')).toBe('b');
    expect(nearestInDirection(grid, 'b', 'right')).toBe('c');
    expect(nearestInDirection(grid, 'c', 'left')).toBe('b');
    expect(nearestInDirection(grid, 'e', 'right')).toBeUndefined();
  });
  it('moves to the nearest item straight above or below', () => {
    expect(nearestInDirection(grid, 'a', 'down')).toBe('c');
    expect(nearestInDirection(grid, 'e', 'up')).toBe('b');
    expect(nearestInDirection(grid, 'a', 'up')).toBeUndefined();
  });
});
