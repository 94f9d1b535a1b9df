// ESLint flat config: Next's core-web-vitals and TypeScript rules, and jsx-a11y's recommended rules.
import nextCoreWebVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';
import jsxA11y from 'eslint-plugin-jsx-a11y';

const config = [
  { ignores: ['server/generated/**', '.next/**', 'public/vendor/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'data/**'] },
  ...nextCoreWebVitals,
  ...nextTypescript,
  // Next already registers the jsx-a11y plugin; only its recommended rules are added here.
  { files: ['**/*.{js,jsx,mjs,ts,tsx}'], rules: jsxA11y.flatConfigs.recommended.rules },
  {
    // The map workspace and the annotation components are being rewritten around one state machine;
    // until that lands, React 19's new hook rules only warn there (everywhere else they fail the run).
    // The mark form's autofocus is intended: it opens right after the person finished drawing.
    files: ['components/map/**', 'components/annotations/**'],
    rules: { 'react-hooks/set-state-in-effect': 'warn', 'react-hooks/refs': 'warn', 'jsx-a11y/no-autofocus': 'warn' },
  },
];

export default config;
