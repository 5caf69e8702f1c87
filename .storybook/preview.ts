import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Attributes, properties, events, CSS parts and custom properties of each element come from the
// manifest that `npm run manifest` writes from the JSDoc in src/widgets. Designers see the public
// API only: private and protected members and static fields are left out.
type Member = { privacy?: string; static?: boolean; kind?: string };
const publicOnly = structuredClone(manifest) as { modules: { declarations?: { members?: Member[] }[] }[] };
for (const module of publicOnly.modules) {
  for (const declaration of module.declarations ?? []) {
    if (declaration.members) declaration.members = declaration.members.filter((m) => !m.static && m.privacy !== 'private' && m.privacy !== 'protected');
  }
}
setCustomElementsManifest(publicOnly);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
  },
  globalTypes: {
    look: {
      description: 'Theme and text size',
      toolbar: {
        title: 'Look',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'large', title: '适老化 large text' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { look: 'light' },
  decorators: [
    // The toolbar's look applies to the story's element: theme="dark", or the 适老化 text size.
    (story, context) => {
      const look = context.globals.look;
      const result = story();
      if (result instanceof HTMLElement) {
        for (const el of result.querySelectorAll<HTMLElement>(':scope > [src], :scope > *')) {
          if (look === 'dark') el.setAttribute('theme', 'dark');
          if (look === 'large') el.style.setProperty('--budget-font-size', '1.375rem');
        }
        result.style.background = look === 'dark' ? '#0d1117' : '';
      }
      return result;
    },
  ],
};
export default preview;
