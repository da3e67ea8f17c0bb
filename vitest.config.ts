import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The spawn smoke tests run dist/: build it first unless it is current.
    globalSetup: ['test/setup/fresh-build.ts'],
  },
});
