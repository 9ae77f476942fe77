// Layers point down only (DESIGN.md): cli → commands → pipeline → render / audiences → article.
// `npm run lint:layers` checks them; `npm test` runs it before the test suite.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      comment: 'An import cycle makes the order modules load in matter and hides which layer owns what.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'nothing-imports-cli',
      comment: 'cli.ts is the top: flags, progress and exit codes. Only bin/ may load it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/cli\\.ts$' },
      to: { path: '^src/cli\\.ts$' },
    },
    {
      name: 'only-cli-imports-commands',
      comment: 'commands/ are what the CLI runs; nothing below them may reach back up.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli\\.ts$', '^src/commands/', '^src/index\\.ts$'] },
      to: { path: '^src/commands/' },
    },
    {
      name: 'article-is-the-floor',
      comment: 'article/ (load, parse, extract, derive, the Facts schema) imports nothing above it.',
      severity: 'error',
      from: { path: '^src/article/' },
      to: { path: '^src/', pathNot: ['^src/article/', '^src/shared/'] },
    },
    {
      name: 'audiences-never-render',
      comment: "Composers and checks make view models from Facts; printing is the render layer's job.",
      severity: 'error',
      from: { path: '^src/audiences/' },
      to: { path: '^src/(render|build|pipeline|commands|cli)' },
    },
    {
      name: 'render-below-pipeline',
      comment: 'render/ fills templates and prints; it knows nothing of builds or commands.',
      severity: 'error',
      from: { path: '^src/render/' },
      to: { path: '^src/(build|pipeline|commands|cli|article)' },
    },
    {
      name: 'shared-is-a-leaf',
      comment: 'shared/ holds lists and helpers every layer may use; it imports no layer.',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: { path: '^src/', pathNot: '^src/shared/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^node_modules|\\.d\\.ts$)' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.mjs'] },
  },
};
