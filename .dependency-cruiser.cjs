// Layers point down only (DESIGN.md, README "Architecture"):
//
//   cli.ts, index.ts (the API)     the two ways in
//   commands/, dev/                what the CLI runs: terminal output, exit codes, the preview server
//   build/                         a batch of articles: inputs, plan, manifest, workers, record
//   pipeline.ts                    one article through the stages
//   render/, audiences/            print / compose (audiences never import render)
//   article/                       load, parse, extract: the floor
//   output/, shared/               leaves: atomic writes, facts.json, the build date; word lists and helpers
//
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
      name: 'nothing-imports-the-api',
      comment: 'index.ts is the public API, a way in like cli.ts: the code below it never loads it.',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/index\\.ts$' },
      to: { path: '^src/index\\.ts$' },
    },
    {
      name: 'only-cli-imports-commands',
      comment:
        'commands/ (and dev/) are what the CLI runs: they print and choose exit codes. Nothing below them may reach back up, and the API returns results instead of printing, so it never imports them either.',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/cli\\.ts$', '^src/commands/', '^src/dev/'] },
      to: { path: '^src/(commands|dev)/' },
    },
    {
      name: 'build-below-commands',
      comment: 'build/ runs a batch of articles and reports through events and results; it never prints for the CLI.',
      severity: 'error',
      from: { path: '^src/build/' },
      to: { path: '^src/(cli|index|commands|dev)' },
    },
    {
      name: 'pipeline-below-build',
      comment: 'pipeline.ts takes one article through the stages; planning, manifests and workers are the batch above it.',
      severity: 'error',
      from: { path: '^src/pipeline\\.ts$' },
      to: { path: '^src/(cli|index|commands|dev|build)' },
    },
    {
      name: 'stages-below-pipeline',
      comment: 'article/, audiences/ and render/ are the stages the pipeline wires; none of them knows the pipeline or what runs it.',
      severity: 'error',
      from: { path: '^src/(article|audiences|render)/' },
      to: { path: '^src/(cli|index|commands|dev|build|pipeline)' },
    },
    {
      name: 'core-writes-nothing',
      comment: "Parse, extract, compose and render touch no output file: writing (output/) is the pipeline's and the build's.",
      severity: 'error',
      from: { path: '^src/(article|audiences|render)/' },
      to: { path: '^src/output/' },
    },
    {
      name: 'output-is-a-leaf',
      comment:
        "output/ (atomic writes, the build date, facts.json) is used by the pipeline and the build; it imports only the article floor's Facts contract.",
      severity: 'error',
      from: { path: '^src/output/' },
      to: { path: '^src/', pathNot: ['^src/output/', '^src/shared/', '^src/article/schema\\.ts$'] },
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
