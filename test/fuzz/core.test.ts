// Fuzz of every public entry of `marketing-governance/core` (the list: test/support/fuzz-entries.ts).
// FUZZ_RUNS sets the runs per entry; `npm run fuzz` runs 100 000.
import { describe } from 'vitest';
import { fuzzEntries } from '../support/fuzz.js';
import { fuzzEntries as entries } from '../support/fuzz-entries.js';

describe('fuzz: core', () => {
  fuzzEntries(entries.filter((e) => e.subpath === 'core'));
});
