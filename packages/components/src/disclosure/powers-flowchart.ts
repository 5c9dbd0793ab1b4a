import { formatTimeLimit, powerPosts, textIn, type Locale, type PowerPost } from '@shanzhi/rules';
import type { RouteOutput, listVillagePowers } from '@shanzhi/sdk/browser';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Localizer } from '../internal/localize.js';
import type { PowerWords } from './powers-messages.js';

export type ListedPower = RouteOutput<typeof listVillagePowers>['powers'][number];
type Step = ListedPower['steps'][number];
export type PowerT = Localizer<PowerWords>;

export function postLabel(post: string, locale: Locale): string {
  return powerPosts.find((one) => one.code === (post as PowerPost))?.label[locale] ?? post;
}

/** Posts outside the village: their steps are drawn dashed (the village waits on them, it does not act). */
const outside = new Set(['applicant', 'township', 'countyDepartment']);

// The drawing's geometry, in viewBox units (it scales to its column): one box per step, the arrows between them, and
// a circled mark to the right of a step that has a supervision point.
const boxWidth = 300;
const lineHeight = 18;
const padding = 10;
const gap = 26;
const markX = 346;
const markRadius = 15;

/** Splits a label into lines that fit a box: at spaces for English, every `max` characters for Chinese; at most three. */
function wrap(text: string, locale: Locale): string[] {
  const max = locale === 'en' ? 36 : 18;
  const lines: string[] = [];
  if (locale === 'en') {
    let line = '';
    for (const word of text.split(' ')) {
      if (line && line.length + word.length + 1 > max) {
        lines.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    lines.push(line);
  } else for (let i = 0; i < text.length; i += max) lines.push(text.slice(i, i + max));
  return lines.length > 3 ? [...lines.slice(0, 2), `${lines[2] ?? ''}…`] : lines;
}

/**
 * The procedure drawn as a flowchart with Lit's `svg` templates (no chart library, no markup strings): a box per step
 * in order with its post and time limit, arrows down, and the supervision marks. It is a picture of the ordered list
 * beside it — hidden from screen readers, which read the list — so nothing is said twice.
 */
function drawing(power: ListedPower, t: PowerT, locale: Locale): TemplateResult {
  const watched = new Set(power.supervision.map((point) => point.step));
  let y = 1;
  const nodes: SVGTemplateResult[] = [];
  power.steps.forEach((step, index) => {
    const lines = wrap(`${String(index + 1)}. ${textIn(step.name, locale)}`, locale);
    const height = padding * 2 + lineHeight * (lines.length + 1);
    const middle = y + height / 2;
    const center = boxWidth / 2;
    if (index > 0)
      nodes.push(svg`<line class="arrow" x1=${center} y1=${y - gap} x2=${center} y2=${y - 7}></line>
        <path class="arrow-head" d=${`M${String(center - 5)} ${String(y - 8)}h10l-5 8z`}></path>`);
    nodes.push(svg`<g class=${outside.has(step.responsible) ? 'node outside' : 'node'} data-step=${step.code}>
      <rect x="1" y=${y} width=${boxWidth} height=${height} rx="6"></rect>
      <text x=${padding + 1} y=${y + padding + 14}>${lines.map(
        (line, n) => svg`<tspan x=${padding + 1} dy=${n === 0 ? 0 : lineHeight}>${line}</tspan>`,
      )}<tspan class="meta" x=${padding + 1} dy=${lineHeight}>${postLabel(step.responsible, locale)} · ${formatTimeLimit(step.timeLimit, locale)}</tspan></text>
      ${
        watched.has(step.code)
          ? svg`<line class="watch-line" x1=${boxWidth + 1} y1=${middle} x2=${markX - markRadius} y2=${middle}></line>
            <g class="mark"><circle cx=${markX} cy=${middle} r=${markRadius}></circle
            ><text x=${markX} y=${middle + 5} text-anchor="middle">${t.t('watchMark')}</text></g>`
          : nothing
      }
    </g>`);
    y += height + gap;
  });
  const width = watched.size > 0 ? markX + markRadius + 2 : boxWidth + 2;
  return html`<div class="flow-drawing" part="flowchart-drawing">
    <svg viewBox=${`0 0 ${String(width)} ${String(y - gap + 1)}`} aria-hidden="true" focusable="false">${nodes}</svg>
    ${watched.size > 0 ? html`<p class="muted">${t.t('legend')}</p>` : nothing}
  </div>`;
}

/** One step as the list says it: name, post, time limit (and whose rule sets it), what it involves, who supervises it. */
function stepItem(power: ListedPower, step: Step, t: PowerT, locale: Locale): TemplateResult {
  const basis = step.timeLimitBasis;
  return html`<li part="flow-step" data-step=${step.code}>
    <span class="step-name">${textIn(step.name, locale)}</span>
    <dl class="step-facts">
      <div>
        <dt>${t.t('stepPost')}</dt>
        <dd>${postLabel(step.responsible, locale)}</dd>
      </div>
      <div>
        <dt>${t.t('timeLimit')}</dt>
        <dd>
          ${formatTimeLimit(step.timeLimit, locale)}${
            basis
              ? t.t('limitBasis', `${textIn(basis.title, locale)}${basis.article ? ` ${textIn(basis.article, locale)}` : ''}`)
              : t.t('committed')
          }
        </dd>
      </div>
    </dl>
    ${step.description ? html`<p>${textIn(step.description, locale)}</p>` : nothing}
    ${power.supervision
      .filter((point) => point.step === step.code)
      .map(
        (point) =>
          html`<p class="watch-point" part="supervision-point">
            <strong>${t.t('supervision', postLabel(point.by, locale))}</strong> ${textIn(point.what, locale)}
          </p>`,
      )}
  </li>`;
}

/** The flowchart: the ordered list of steps (the real structure) with the drawing beside it. */
export function renderFlowchart(power: ListedPower, t: PowerT, locale: Locale): TemplateResult {
  return html`<p class="muted" id="flow-note">${t.t('procedureNote')}</p>
    <div class="flow" part="flowchart">
      ${drawing(power, t, locale)}
      <ol class="flow-steps" part="flow-steps" aria-describedby="flow-note">
        ${power.steps.map((step) => stepItem(power, step, t, locale))}
      </ol>
    </div>`;
}
