// Custom Elements Manifest (custom-elements.json) from the JSDoc of the widget classes.
export default {
  globs: ['src/widgets/**/*.ts', 'src/base/budget-element.ts'],
  exclude: ['src/widgets/**/styles.ts'],
  outdir: '.',
  litelement: true,
};
