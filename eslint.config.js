import tseslint from 'typescript-eslint';
import importX from 'eslint-plugin-import-x';

// Layers may only import downwards: domain ← calendar, policy ← nlu, voice, dialogue ← actions ← http, cli.
const pure = ['domain', 'calendar', 'policy', 'nlu', 'voice', 'dialogue', 'knowledge'];
const below = (dir, forbidden) => ({
  target: `./src/${dir}`,
  from: forbidden.map((f) => `./src/${f}`),
  message: `src/${dir} must not import from a higher layer.`,
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'web/**/dist/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            below('domain', ['calendar', 'policy', 'nlu', 'voice', 'dialogue', 'actions', 'store', 'http', 'cli', 'engine.ts']),
            below('calendar', ['policy', 'nlu', 'voice', 'dialogue', 'actions', 'store', 'http', 'cli']),
            below('policy', ['nlu', 'voice', 'dialogue', 'actions', 'store', 'http', 'cli']),
            ...['nlu', 'voice', 'knowledge'].map((d) => below(d, ['dialogue', 'actions', 'store', 'http', 'cli'])),
            below('dialogue', ['actions', 'store', 'http', 'cli']),
            below('actions', ['http', 'cli']),
            below('store', ['http', 'cli', 'dialogue']),
          ],
        },
      ],
      'no-restricted-syntax': 'off',
    },
  },
  {
    files: pure.map((d) => `src/${d}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'console'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure layers take the clock as an argument.' },
        { object: 'Math', property: 'random', message: 'Pure layers take randomness as an argument.' },
      ],
    },
  },
  {
    files: ['**/*.js', 'web/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
