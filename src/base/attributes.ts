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

/** An attribute that takes one of a few values, and those values. */
export interface AttributeChoice {
  attribute: string;
  values: readonly string[];
}

/**
 * The first of an element's enumerated attributes holding a value it does not allow, as the
 * parameters of the `badAttribute` message (attribute, value, allowed values); null when all are
 * good. Unset and empty values are good: they mean the default.
 */
export function badChoice(element: object, choices: Record<string, AttributeChoice>, separator: string): Record<string, string> | null {
  for (const [property, { attribute, values }] of Object.entries(choices)) {
    const value = (element as Record<string, unknown>)[property];
    if (value === null || value === undefined || value === '' || values.includes(String(value))) continue;
    return { attribute, value: String(value), allowed: values.join(separator) };
  }
  return null;
}
