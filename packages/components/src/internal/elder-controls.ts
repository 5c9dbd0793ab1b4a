import { html, nothing, type ReactiveController, type TemplateResult } from 'lit';
import type { commonMessages } from './common-messages.js';
import { writeElderPreference } from './elder-preference.js';
import type { Localizer } from './localize.js';
import type { SzElement } from './sz-element.js';

const sizeKey = 'sz-text-size';
const speechKey = 'sz-read-aloud';
export const maxTextSize = 4;

function read(key: string): string | null {
  try {
    return globalThis.localStorage.getItem(key);
  } catch {
    return null;
  }
}
function write(key: string, value: string): void {
  try {
    globalThis.localStorage.setItem(key, value);
  } catch {
    // storage blocked: the choice lasts for this page only
  }
}

/**
 * The 长辈版 controls every widget shows: the mode switch, a text size the user chooses up to 30 px, and an
 * optional zh-CN voice readout (MIIT 2021 spec items 1, 8, 10). Choices are remembered on the device.
 */
export class ElderControls implements ReactiveController {
  textSize = Number(read(sizeKey) ?? '1') || 1;
  readAloud = read(speechKey) === '1';

  constructor(
    private readonly host: SzElement,
    private readonly t: Localizer<(typeof commonMessages)['zh-CN']>,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    if (this.host.effectiveElder) this.host.setAttribute('data-sz-text-size', String(this.textSize));
    else this.host.removeAttribute('data-sz-text-size');
  }

  get speechAvailable(): boolean {
    return typeof globalThis.speechSynthesis !== 'undefined' && typeof globalThis.SpeechSynthesisUtterance !== 'undefined';
  }

  /** Reads a short text aloud when the user switched readout on; a screen reader is never interrupted otherwise. */
  speak(text: string): void {
    if (!this.readAloud || !this.host.effectiveElder || !this.speechAvailable) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.lang = this.t.lang === 'en' ? 'en-US' : 'zh-CN';
    globalThis.speechSynthesis.cancel();
    globalThis.speechSynthesis.speak(utterance);
  }

  private toggleElder = () => {
    writeElderPreference(!this.host.effectiveElder);
    this.host.requestUpdate();
  };

  private resize(step: number) {
    this.textSize = Math.min(maxTextSize, Math.max(1, this.textSize + step));
    write(sizeKey, String(this.textSize));
    this.host.requestUpdate();
  }

  private toggleSpeech = () => {
    this.readAloud = !this.readAloud;
    write(speechKey, this.readAloud ? '1' : '0');
    if (!this.readAloud) globalThis.speechSynthesis.cancel();
    this.host.requestUpdate();
  };

  render(): TemplateResult {
    const elder = this.host.effectiveElder;
    return html`<div class="elder-controls" part="elder-controls">
      <button type="button" aria-pressed=${elder ? 'true' : 'false'} title=${this.t.t('elderToggle')} @click=${this.toggleElder}>
        ${this.t.t('elderOn')}
      </button>
      ${
        elder
          ? html`<span class="text-size" role="group" aria-label=${this.t.t('textSize')}>
                <button
                  type="button"
                  ?disabled=${this.textSize <= 1}
                  @click=${() => {
                    this.resize(-1);
                  }}
                >
                  <span aria-hidden="true">A−</span><span class="visually-hidden">${this.t.t('smaller')}</span>
                </button>
                <button
                  type="button"
                  ?disabled=${this.textSize >= maxTextSize}
                  @click=${() => {
                    this.resize(1);
                  }}
                >
                  <span aria-hidden="true">A+</span><span class="visually-hidden">${this.t.t('larger')}</span>
                </button>
              </span>
              ${
                this.speechAvailable
                  ? html`<button type="button" aria-pressed=${this.readAloud ? 'true' : 'false'} @click=${this.toggleSpeech}>
                      ${this.t.t('readAloud')}
                    </button>`
                  : nothing
              }`
          : nothing
      }
    </div>`;
  }
}
