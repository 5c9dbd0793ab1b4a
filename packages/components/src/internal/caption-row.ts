import { html, nothing, type TemplateResult } from 'lit';

/**
 * A widget's heading row: its title (the `title` id its section is labelled by), then what the widget adds beside it
 * (an as-of date), then its 长辈版 controls. widgetStyles lays the row out.
 */
export function captionRow(
  title: string,
  elderControls: TemplateResult,
  beside: TemplateResult | typeof nothing = nothing,
): TemplateResult {
  return html`<div class="caption-row">
    <h2 id="title" class="title" part="title">${title}</h2>
    ${beside} ${elderControls}
  </div>`;
}
