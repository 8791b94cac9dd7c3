import tseslint from 'typescript-eslint';

// Layers may only import downwards: domain ← calendar, policy ← nlu, voice, dialogue ← actions ← http, cli.
const layers = {
  domain: [
    'calendar',
    'policy',
    'nlu',
    'voice',
    'knowledge',
    'dialogue',
    'actions',
    'store',
    'translate',
    'assist',
    'insights',
    'http',
    'cli',
    'demo',
  ],
  calendar: ['policy', 'nlu', 'voice', 'knowledge', 'dialogue', 'actions', 'store', 'http', 'cli'],
  policy: ['nlu', 'voice', 'knowledge', 'dialogue', 'actions', 'store', 'http', 'cli'],
  nlu: ['voice', 'dialogue', 'actions', 'store', 'http', 'cli'],
  voice: ['dialogue', 'actions', 'store', 'http', 'cli'],
  knowledge: ['dialogue', 'actions', 'store', 'http', 'cli'],
  dialogue: ['actions', 'store', 'http', 'cli'],
  actions: ['http', 'cli'],
  store: ['dialogue', 'actions', 'http', 'cli'],
};
const pure = ['domain', 'calendar', 'policy', 'nlu', 'voice', 'dialogue', 'knowledge'];
const layerRules = Object.entries(layers).map(([dir, forbidden]) => ({
  files: [`src/${dir}/**/*.ts`],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: forbidden.map((f) => ({
          group: [`**/${f}/*`, `**/${f}/index.js`, `../${f}`],
          message: `src/${dir} must not import from src/${f} (a higher layer).`,
        })),
      },
    ],
  },
}));

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'web/**/dist/**', 'test-artifacts/**'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': 'off',
    },
  },
  ...layerRules,
  {
    files: pure.map((d) => `src/${d}/**/*.ts`),
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-globals': ['error', 'process', 'console'],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pure layers take the clock as an argument.' },
        {
          object: 'Math',
          property: 'random',
          message: 'Pure layers take randomness as an argument.',
        },
      ],
    },
  },
  {
    files: ['**/*.js', 'web/**'],
    ...tseslint.configs.disableTypeChecked,
  },
);
