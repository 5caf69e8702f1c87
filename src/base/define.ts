/**
 * Registers a custom element once. A portal page may include the widget script twice (a CMS
 * template and an article both embedding it); the second registration must not throw and break
 * the page, so it is skipped with a warning when another class already holds the tag.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing) {
    if (existing !== constructor) console.warn(`budget-widgets: <${tag}> is already defined (budget-widgets loaded twice?); keeping the first definition.`);
    return;
  }
  customElements.define(tag, constructor);
}
