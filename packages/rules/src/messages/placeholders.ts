/** The values a message's `{name}` placeholders take. */
export type MessageParams = Readonly<Record<string, string | number | boolean>>;

/**
 * Fills `{name}` placeholders from params; a placeholder without a value stays visible, so a missing parameter
 * shows up in review instead of as an empty gap. The one formatter of the project: rule messages, the
 * widgets' message tables and the server's problem texts all use it. No catalogue here, so a widget that
 * formats only its own table does not bundle everyone's.
 */
export function fillPlaceholders(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}
