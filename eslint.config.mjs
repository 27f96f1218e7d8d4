// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
	{ ignores: ['dist/', '.astro/', '.bench/', 'node_modules/', '**/*.astro', '**/*.tmp.ts'] },
	js.configs.recommended,
	...tseslint.configs.recommendedTypeChecked,
	{
		languageOptions: {
			parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
		},
		rules: {
			// Unused arguments are allowed when their name says so (`_event`).
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
			],
		},
	},
	{
		// React islands: effects declare what they read (exhaustive-deps) and hooks run in order.
		files: ['**/*.tsx'],
		...reactHooks.configs.flat.recommended,
	},
	{
		// Plain JavaScript config files are not type-checked.
		files: ['**/*.mjs', '**/*.js'],
		...tseslint.configs.disableTypeChecked,
		languageOptions: { globals: { process: 'readonly' }, parserOptions: { projectService: false } },
	},
	{
		// node:test's describe() and it() return promises that the runner itself awaits.
		files: ['test/e2e/**/*.ts'],
		rules: { '@typescript-eslint/no-floating-promises': 'off' },
	},
	prettier
);
