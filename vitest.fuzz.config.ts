import { defineConfig } from 'vitest/config';

// `npm run fuzz` (scripts/fuzz.js) runs the long property runs with this config;
// `npm test` never picks up `*.fuzz.ts` files.
export default defineConfig({
  test: {
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 0,
    hookTimeout: 0,
  },
});
