/**
 * The attributes a registered element accepts, read from its class: `static properties` is the one
 * description of them (the custom-elements manifest is built from it too), so the embed page and
 * the demo need no list of their own.
 */
type LitProperties = Map<PropertyKey, { attribute?: string | boolean; state?: boolean }>;

/** Attribute names of the element registered under `tag`, in declaration order; none if it is not defined. */
export function attributesOf(tag: string): string[] {
  const element = customElements.get(tag) as (CustomElementConstructor & { elementProperties?: LitProperties }) | undefined;
  const names: string[] = [];
  for (const [property, options] of element?.elementProperties ?? []) {
    if (options.state || options.attribute === false) continue;
    names.push(typeof options.attribute === 'string' ? options.attribute : String(property).toLowerCase());
  }
  return names;
}
