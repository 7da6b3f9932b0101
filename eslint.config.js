// Linting: typed typescript-eslint rules, so promises cannot be dropped on the floor; and the module
// boundaries (docs/decisions/0042-module-boundaries.md), so that they stay where they are drawn.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * One config block per folder depth below `root/<name>/`: from a file `depth` folders down, another
 * <name>'s files are reached as `../` repeated depth times, then the other name. `allowed` is the
 * regular expression for the files of another that may be imported (null: none).
 */
function noReachingInto(root, extensions, allowed, message) {
  return [1, 2, 3, 4].map((depth) => {
    const up = '\\.\\./'.repeat(depth);
    const rest = allowed ? `(?!${allowed}$)[^]*` : '[^]*';
    return {
      files: extensions.map((extension) => `${root}/*/${'*/'.repeat(depth - 1)}*.${extension}`),
      rules: {
        'no-restricted-imports': ['error', { patterns: [{ regex: `^${up}(?!\\.\\.)[^/]+(/${rest})?$`, message }] }],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'bench/tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', 'bin/*.js', 'scripts/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@typescript-eslint/require-await': 'off',
    },
  },
  // The platform is shared machinery: it knows no module, and not the app that wires them in.
  {
    files: ['src/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+(modules|app)/', message: 'src/platform must not import modules or the app: let the app pass in what the platform needs (see src/app/).' }] },
      ],
    },
  },
  // A module uses another only through its service.ts: never its store, domain rules or other files.
  ...noReachingInto('src/modules', ['ts'], 'service\\.js', "Use the other module's service.ts; its store and domain/ are its own."),
  // The command line calls modules' services; the app wires in their routes and policies too.
  {
    files: ['src/cli/**/*.ts', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\./|(\\.\\./)+)modules/[^/]+/(?!service\\.js$)', message: "Call the module's service.ts; its other files are its own." }] },
      ],
    },
  },
  {
    files: ['src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./)+modules/[^/]+/(?!(service|policy|routes)\\.js$)', message: "Wire a module in through its service.ts, policy.ts or routes.ts; its other files are its own." }] },
      ],
    },
  },
  // Web features never import each other: the app composes them (src/web/app/).
  ...noReachingInto('src/web/features', ['ts', 'tsx'], null, 'A feature must not import another feature: let the app compose them (see src/web/app/routes/*-pages.tsx).'),
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
);
