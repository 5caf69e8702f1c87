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

interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text?: string }; description?: string; default?: string; fieldName?: string }[];
  members?: (Member & { name: string; type?: { text?: string }; description?: string; default?: string })[];
  events?: { name: string; description?: string }[];
  slots?: { name: string; description?: string }[];
  cssProperties?: { name: string; description?: string; default?: string }[];
  cssParts?: { name: string; description?: string }[];
}

/**
 * The controls of an element, from the manifest: attributes and properties as controls; CSS custom
 * properties as colour or text controls that set the property on the element (see `renderElement`);
 * CSS parts listed as `::part(name)` without a control, so that a part never shadows an attribute
 * of the same name (`table` is both on `<budget-balance>`) and never offers a control that does nothing.
 */
function extractArgTypes(tagName: string) {
  const declaration = publicOnly.modules.flatMap((m) => (m.declarations ?? []) as Declaration[]).find((d) => d.tagName === tagName);
  if (!declaration) return null;
  const row = (category: string, type?: string, defaultValue?: string) => ({ category, type: { summary: type }, defaultValue: { summary: defaultValue } });
  const argTypes: Record<string, object> = {};
  const attributeFields = new Set((declaration.attributes ?? []).map((a) => a.fieldName));
  for (const m of declaration.members ?? []) {
    if (m.kind !== 'field' || attributeFields.has(m.name)) continue;
    argTypes[m.name] = { name: m.name, description: m.description, table: row('properties', m.type?.text, m.default), control: false };
  }
  for (const a of declaration.attributes ?? []) argTypes[a.name] = { name: a.name, description: a.description, table: row('attributes', a.type?.text, a.default) };
  for (const e of declaration.events ?? []) argTypes[`on:${e.name}`] = { name: e.name, description: e.description, table: row('events'), control: false };
  for (const slot of declaration.slots ?? []) argTypes[`slot:${slot.name}`] = { name: slot.name || '(default)', description: slot.description, table: row('slots'), control: false };
  for (const c of declaration.cssProperties ?? []) {
    const colour = /^#|^rgb|^hsl/.test(c.default ?? '');
    argTypes[c.name] = { name: c.name, description: c.description, table: row('css custom properties', undefined, c.default), control: colour ? { type: 'color' } : { type: 'text' } };
  }
  for (const part of declaration.cssParts ?? []) argTypes[`::part(${part.name})`] = { name: `::part(${part.name})`, description: part.description, table: row('css shadow parts'), control: false };
  return argTypes;
}

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    // Every story is checked with axe; a violation fails the story's test.
    a11y: { test: 'error' },
    controls: { expanded: true },
    docs: { extractArgTypes },
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
