import { defineConfig } from 'vitest/config';

// `npm run check:install` runs the packed package's consumer checks with this
// config after scripts/check-install.js (CI runs both). They pack and install
// the tarball, so they stay out of `npm test`, which never picks up
// `*.install.ts` files: installing is a third of the suite's CPU time.
export default defineConfig({
  test: {
    include: ['test/**/*.install.ts'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
  },
});
