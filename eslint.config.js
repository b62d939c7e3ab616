import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// Layering (architecture.md §2): each folder may import only what its runtime allows.
const nodeBuiltins = { group: ['node:*'], message: 'Mã chạy ở mọi nơi / trình duyệt không được dùng module của Node.' };
const layer = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });
// One place names the SQLite driver (its encryption is configured there): everything else imports db/open.ts.
const driverOnlyInOpen = {
  group: ['better-sqlite3', 'better-sqlite3-multiple-ciphers'],
  message: 'Chỉ db/open.ts được dùng trình điều khiển SQLite; hãy dùng openDatabase / openRaw.',
};

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', 'dist/**', 'test-results/**', 'playwright-report/**', '.qcdc-web/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: layer([
      nodeBuiltins,
      {
        group: [
          'electron',
          'better-sqlite3-multiple-ciphers',
          'kysely',
          'react',
          'react-dom',
          'antd',
          'zustand',
          'exceljs',
          'date-chinese',
        ],
        message: 'shared/ chỉ được dùng zod và chính shared/.',
      },
      {
        group: ['**/db/**', '**/electron/**', '**/renderer/**'],
        message: 'shared/ không được phụ thuộc vào tầng khác.',
      },
    ]),
  },
  {
    files: ['db/**/*.ts'],
    ignores: ['db/open.ts'],
    rules: layer([
      { group: ['electron'], message: 'db/ không được dùng electron.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'db/ không được phụ thuộc vào electron/ hay renderer/.' },
      driverOnlyInOpen,
    ]),
  },
  {
    files: ['db/open.ts'],
    rules: layer([
      { group: ['electron'], message: 'db/ không được dùng electron.' },
      { group: ['**/electron/**', '**/renderer/**'], message: 'db/ không được phụ thuộc vào electron/ hay renderer/.' },
    ]),
  },
  {
    files: ['tests/**/*.ts'],
    rules: layer([driverOnlyInOpen]),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: layer([
      {
        group: ['electron'],
        message:
          'Chỉ electron/main và electron/preload được dùng electron (CLI và cầu nối HTTP chạy không có Electron).',
      },
      { group: ['**/renderer/**'], message: 'electron/ không được phụ thuộc renderer/.' },
      driverOnlyInOpen,
    ]),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: layer([
      { group: ['**/renderer/**'], message: 'electron/ không được phụ thuộc renderer/.' },
      driverOnlyInOpen,
    ]),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      ...layer([
        nodeBuiltins,
        {
          group: ['**/db/**', '**/renderer/**', '**/electron/main/**', '**/electron/core/**'],
          message: 'preload chỉ được dùng electron và kiểu của shared/.',
        },
      ]),
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/shared/**'],
              allowTypeImports: true,
              message: 'preload chỉ được dùng kiểu (import type) từ shared/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...layer([
        nodeBuiltins,
        {
          group: ['electron', 'better-sqlite3-multiple-ciphers', 'kysely'],
          message: 'Giao diện không được dùng electron hay cơ sở dữ liệu trực tiếp.',
        },
        { group: ['**/db/**', '**/electron/**'], message: 'renderer/ chỉ được phụ thuộc shared/.' },
        { group: ['date-chinese'], message: 'Âm lịch được tính ở db/: không đưa thư viện âm lịch vào giao diện.' },
      ]),
    },
  },
  {
    files: ['renderer/vite.config.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
);
