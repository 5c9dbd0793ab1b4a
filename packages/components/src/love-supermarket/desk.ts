import { maskName } from '@shanzhi/rules';
import { getHouseholdBalance, getLeaderboard, ProblemError, redeemGoods, type Client, type RouteOutput } from '@shanzhi/sdk/browser';
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { repeat } from 'lit/directives/repeat.js';
import { isOffline } from '../internal/connectivity.js';
import { describeFailure, type LoadFailure } from '../internal/states.js';
import { SendingPart, type PartBasics } from '../internal/widget-part.js';
import { canScan, householdFromCard, scanQrCode } from './card-code.js';
import { deskMessages } from './desk-messages.js';
import { deskStyles } from './desk-styles.js';
import type { Goods, Shelf } from './shelf-data.js';

export type Receipt = RouteOutput<typeof redeemGoods>;

/** Most of one goods in one cart (the rules' `maxCartQuantity`: an armful, not a pallet). */
const maxQuantity = 99;

export interface DeskOptions extends PartBasics {
  /** The shelf as last loaded: prices and stock for the cart. */
  readonly shelf: () => Shelf | undefined;
  /** False when the widget knows it has no credentials: the desk says so instead of failing on every step. */
  readonly mayRedeem: () => boolean;
  /** A cart was redeemed: the widget fires its event (ids only) and reloads the shelf. */
  readonly redeemed: (receiptNumber: string, householdId: string, villageId: string) => void;
}

/** The household at the desk: its id and number, and its name masked (张*明) whatever the token could read. */
interface Household {
  readonly id: string;
  readonly number: string;
  readonly name: string;
}

type Balance =
  | { readonly phase: 'loading' }
  | { readonly phase: 'ready'; readonly redeemable: number }
  | { readonly phase: 'denied' }
  | { readonly phase: 'error'; readonly message: string };

interface CartLine {
  readonly goodsId: string;
  readonly quantity: number;
}

/** Why the last redemption did not happen: the words, the request id, and whether trying again may help. */
interface Problem extends LoadFailure {
  readonly retryable: boolean;
}

/**
 * The keeper's redemption desk: a chunk of its own (with its words and styles) that only `mode="desk"` loads. The
 * household is found by its number through the public board's search (which shows masked names only), its balance
 * read from the balance route (the keeper may read it, not the ledger); the server checks balance and stock again in one
 * transaction when the cart is redeemed. One Idempotency-Key per attempt, kept across retries until the cart or the
 * household changes, so a retry over a dropped connection never takes points twice. After a redemption the desk
 * forgets the household and the cart, and keeps only the receipt on screen (masked name, no phone or ID number).
 */
export class SupermarketDesk extends SendingPart<DeskOptions, Problem> implements ReactiveController {
  private readonly t = this.localize(deskMessages, deskStyles);
  private number = '';
  private lookingUp = false;
  private lookupMessage = '';
  private household: Household | undefined;
  private balance: Balance | undefined;
  private cart: CartLine[] = [];
  /** Messages next to cart lines (out of stock), by goods id. */
  private lineIssues = new Map<string, string>();
  private receipt: Receipt | undefined;
  private scanning: AbortController | undefined;
  private scanMessage = '';
  private lookupAbort: AbortController | undefined;

  constructor(host: ReactiveControllerHost, options: DeskOptions) {
    super(host, options);
    host.addController(this);
  }

  hostDisconnected(): void {
    this.scanning?.abort();
    this.lookupAbort?.abort();
  }

  // ——— household ———

  private readonly onNumberInput = (event: Event): void => {
    this.number = (event.target as HTMLInputElement).value;
  };

  private readonly onFind = (event: Event): void => {
    event.preventDefault();
    void this.findHousehold(this.number);
  };

  /** Finds the household by its number (or id) on the public board of the village: masked names, no token needed. */
  async findHousehold(typed: string): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const wanted = typed.trim();
    this.number = wanted;
    if (wanted === '') {
      this.lookupMessage = this.t.t('needNumber');
      this.update();
      await this.focus('#sm-number');
      return;
    }
    if (!client || !villageId) return;
    this.lookupAbort?.abort();
    const abort = new AbortController();
    this.lookupAbort = abort;
    this.lookingUp = true;
    this.lookupMessage = '';
    this.update();
    try {
      const { data } = await client.request(
        getLeaderboard,
        { params: { villageId }, query: { q: wanted, period: 'all', list: 'all', limit: 20 } },
        { signal: abort.signal },
      );
      const exact = data.items.filter((row) => row.householdNumber === wanted || row.householdId === wanted);
      const ending = data.items.filter((row) => row.householdNumber.endsWith(`-${wanted.padStart(5, '0')}`));
      const row = exact[0] ?? (ending.length === 1 ? ending[0] : undefined);
      if (!row) {
        this.lookupMessage = this.t.t('notFound', wanted);
        this.options.announce(this.lookupMessage);
        return;
      }
      // The board names a household that consented in full; the desk shows every household masked, as the receipt does.
      this.setHousehold({ id: row.householdId, number: row.householdNumber, name: row.nameMasked ? row.name : maskName(row.name) });
      this.options.announce(this.t.t('found', this.household?.name ?? '', row.householdNumber));
      void this.loadBalance(client, villageId, row.householdId, abort.signal);
      // The number field gives way to the household: focus follows, so the keeper Tabs on to the cart and the shelf.
      this.updateAndFocus('#sm-household-name');
    } catch (error) {
      if (abort.signal.aborted) return;
      this.lookupMessage = describeFailure(error, this.options.common).message;
    } finally {
      if (this.lookupAbort === abort) this.lookingUp = false;
      this.update();
    }
  }

  private setHousehold(household: Household | undefined): void {
    this.household = household;
    this.balance = household ? { phase: 'loading' } : undefined;
    this.receipt = undefined;
    this.newAttempt();
  }

  /** The redeemable balance (the balance route: the keeper, the village's reviewers and the household read it). */
  private async loadBalance(client: Client, villageId: string, householdId: string, signal: AbortSignal): Promise<void> {
    let balance: Balance;
    try {
      const { data } = await client.request(getHouseholdBalance, { params: { villageId, householdId } }, { signal });
      balance = { phase: 'ready', redeemable: data.balance.redeemable };
    } catch (error) {
      if (signal.aborted) return;
      balance =
        error instanceof ProblemError && (error.status === 401 || error.status === 403)
          ? { phase: 'denied' }
          : { phase: 'error', message: describeFailure(error, this.options.common).message };
    }
    if (this.household?.id !== householdId) return;
    this.balance = balance;
    this.update();
  }

  private readonly changeHousehold = (): void => {
    this.lookupAbort?.abort();
    this.setHousehold(undefined);
    this.number = '';
    this.updateAndFocus('#sm-number');
  };

  // ——— scanning (feature-detected; the typed number always works) ———

  private readonly startScan = (): void => {
    if (this.scanning) return;
    const abort = new AbortController();
    this.scanning = abort;
    this.scanMessage = this.t.t('scanning');
    this.update();
    void this.host.updateComplete.then(async () => {
      const video = this.options.root().querySelector<HTMLVideoElement>('video.scanner');
      if (!video) return;
      try {
        const text = await scanQrCode(video, abort.signal);
        if (text !== undefined) {
          this.stopScan();
          await this.findHousehold(householdFromCard(text));
        }
      } catch {
        this.stopScan();
        this.scanMessage = this.t.t('scanFailed');
        this.update();
        await this.focus('#sm-number');
      }
    });
  };

  private readonly stopScan = (): void => {
    this.scanning?.abort();
    this.scanning = undefined;
    this.scanMessage = '';
    this.update();
  };

  // ——— cart ———

  private goods(goodsId: string): Goods | undefined {
    return this.options.shelf()?.goods.find((one) => one.id === goodsId);
  }

  /** Any change of the cart or the household is a new attempt: it must not replay an earlier attempt's answer. */
  private newAttempt(): void {
    this.endAttempt();
    this.problem = undefined;
    this.lineIssues = new Map();
  }

  add(goods: Goods): void {
    // The cart on its way to the server is the one redeemed: nothing joins it mid-flight.
    if (this.sending) return;
    const line = this.cart.find((one) => one.goodsId === goods.id);
    const quantity = Math.min((line?.quantity ?? 0) + 1, maxQuantity);
    this.setQuantity(goods.id, quantity);
    this.receipt = undefined;
    this.options.announce(this.t.t('added', goods.name, quantity));
  }

  private setQuantity(goodsId: string, quantity: number): void {
    const clamped = Math.max(1, Math.min(maxQuantity, Math.trunc(quantity)));
    const at = this.cart.findIndex((one) => one.goodsId === goodsId);
    this.cart =
      at < 0
        ? [...this.cart, { goodsId, quantity: clamped }]
        : this.cart.map((one, i) => (i === at ? { goodsId, quantity: clamped } : one));
    this.newAttempt();
    this.update();
  }

  private remove(goodsId: string, index: number): void {
    const name = this.goods(goodsId)?.name ?? goodsId;
    this.cart = this.cart.filter((one) => one.goodsId !== goodsId);
    this.newAttempt();
    this.update();
    this.options.announce(this.t.t('removed', name));
    // Focus stays in the cart: on the next line's quantity, else the previous one's, else the desk's number field.
    const next = this.cart[Math.min(index, this.cart.length - 1)];
    void this.focus(next ? `#sm-qty-${CSS.escape(next.goodsId)}` : '#sm-number');
  }

  private get total(): number {
    return this.cart.reduce((sum, line) => sum + (this.goods(line.goodsId)?.pricePoints ?? 0) * line.quantity, 0);
  }

  // ——— redemption ———

  /** Checks what the desk can check itself (the server checks all again, in one transaction). */
  private precheck(): boolean {
    const issues = new Map<string, string>();
    for (const line of this.cart) {
      const goods = this.goods(line.goodsId);
      if (goods && line.quantity > goods.stock) issues.set(line.goodsId, this.t.t('overStock', goods.name, Math.max(0, goods.stock)));
    }
    this.lineIssues = issues;
    if (issues.size > 0) {
      this.problem = { message: [...issues.values()].join(' '), requestId: undefined, retryable: false };
      return false;
    }
    if (this.balance?.phase === 'ready' && this.total > this.balance.redeemable) {
      this.problem = { message: this.t.t('tooFew', this.total, this.balance.redeemable), requestId: undefined, retryable: false };
      return false;
    }
    return true;
  }

  /** Redeems the cart; double presses and retries reuse the attempt's Idempotency-Key, so points go once at most. */
  async redeem(): Promise<void> {
    const client = this.options.client();
    const villageId = this.options.village();
    const household = this.household;
    if (this.sending || !client || !villageId) return;
    if (!household) {
      this.lookupMessage = this.t.t('chooseHousehold');
      this.update();
      await this.focus('#sm-number');
      return;
    }
    if (this.cart.length === 0) return;
    if (!this.precheck()) {
      this.update();
      await this.focus('[part~="problem"]');
      return;
    }
    const body = { householdId: household.id, items: this.cart.map(({ goodsId, quantity }) => ({ goodsId, quantity })) };
    await this.sendAttempt(
      '',
      async (key) => (await client.request(redeemGoods, { params: { villageId }, body }, { idempotencyKey: key })).data,
      {
        done: (data) => {
          this.receipt = data;
          // The desk forgets the household and the cart: the next villager starts from a clean desk.
          this.household = undefined;
          this.balance = undefined;
          this.cart = [];
          this.number = '';
          this.newAttempt();
          this.options.announce(this.t.t('redeemed', data.receiptNumber, data.totalPoints));
          this.options.redeemed(data.receiptNumber, data.householdId, data.villageId);
          return '#sm-receipt-title';
        },
        failed: (error) => {
          this.problem = this.problemOf(error);
          return '[part~="problem"]';
        },
      },
    );
  }

  /** The server's refusal in the keeper's words: an out-of-stock line named next to itself, the rest above the cart. */
  private problemOf(error: unknown): Problem {
    if (error instanceof ProblemError) {
      const issues = new Map<string, string>();
      for (const issue of error.issues) {
        const [field, index] = issue.path;
        const line = field === 'items' && typeof index === 'number' ? this.cart[index] : undefined;
        if (!line) continue;
        const name = this.goods(line.goodsId)?.name;
        // The server names goods by id; the keeper knows them by name.
        issues.set(line.goodsId, name === undefined ? issue.message : issue.message.split(line.goodsId).join(name));
      }
      this.lineIssues = issues;
      const message = issues.size > 0 ? [...issues.values()].join(' ') : error.title;
      return { message, requestId: error.requestId, retryable: error.status >= 500 || error.status === 408 || error.status === 429 };
    }
    if (isOffline(error)) return { message: this.options.common.t('offline'), requestId: undefined, retryable: true };
    return { ...describeFailure(error, this.options.common), retryable: true };
  }

  private readonly onRedeem = (event: Event): void => {
    event.preventDefault();
    void this.redeem();
  };

  private readonly clearDesk = (): void => {
    this.lookupAbort?.abort();
    this.stopScan();
    this.setHousehold(undefined);
    this.cart = [];
    this.number = '';
    this.lookupMessage = '';
    this.updateAndFocus('#sm-number');
  };

  private readonly closeReceipt = (): void => {
    this.receipt = undefined;
    this.updateAndFocus('#sm-number');
  };

  private readonly print = (): void => {
    globalThis.print();
  };

  // ——— rendering ———

  /** The shelf card's button that puts one of the goods into the cart (none when it is sold out). */
  renderAdd(goods: Goods): TemplateResult | typeof nothing {
    if (goods.stock <= 0) return nothing;
    return html`<button
      type="button"
      class="add"
      part="add"
      aria-label=${this.t.t('add', goods.name)}
      ?disabled=${this.sending}
      @click=${() => {
        this.add(goods);
      }}
    >
      ${this.t.t('addShort')}
    </button>`;
  }

  render(): TemplateResult {
    return html`<section class="desk" part="desk" aria-labelledby="sm-desk-title">
      <h3 id="sm-desk-title" class="section-title">${this.t.t('desk')}</h3>
      ${this.options.mayRedeem() ? nothing : html`<p class="desk-note" role="note">${this.t.t('needToken')}</p>`}
      ${this.receipt ? this.renderReceipt(this.receipt) : nothing}
      ${this.household ? this.renderHousehold(this.household) : this.renderFind()} ${this.renderCart()}
    </section>`;
  }

  private renderFind(): TemplateResult {
    const message = this.lookupMessage;
    return html`<form class="find" part="household-form" @submit=${this.onFind} novalidate>
      <label for="sm-number">${this.t.t('household')}</label>
      <p id="sm-number-hint" class="hint">${this.t.t('householdHint')}</p>
      ${message ? html`<p id="sm-number-error" class="field-error">${message}</p>` : nothing}
      <div class="find-row">
        <input
          id="sm-number"
          type="text"
          inputmode="numeric"
          autocomplete="off"
          enterkeyhint="search"
          maxlength="64"
          aria-describedby=${message ? 'sm-number-hint sm-number-error' : 'sm-number-hint'}
          aria-invalid=${message ? 'true' : 'false'}
          .value=${live(this.number)}
          @input=${this.onNumberInput}
        />
        <button type="submit" class="primary" ?disabled=${this.lookingUp}>
          ${this.lookingUp ? this.t.t('finding') : this.t.t('find')}
        </button>
        ${
          canScan()
            ? this.scanning
              ? html`<button type="button" @click=${this.stopScan}>${this.t.t('scanStop')}</button>`
              : html`<button type="button" part="scan" @click=${this.startScan}>${this.t.t('scan')}</button>`
            : nothing
        }
      </div>
      ${this.scanning ? html`<video class="scanner" part="scanner" muted playsinline aria-label=${this.t.t('scanVideo')}></video>` : nothing}
      ${this.scanMessage ? html`<p class="hint" role="status">${this.scanMessage}</p>` : nothing}
    </form>`;
  }

  private renderHousehold(household: Household): TemplateResult {
    return html`<div class="household" part="household">
      <p id="sm-household-name" class="household-name" tabindex="-1">${this.t.t('found', household.name, household.number)}</p>
      <p class="balance">${this.balanceText()}</p>
      <button type="button" @click=${this.changeHousehold}>${this.t.t('changeHousehold')}</button>
    </div>`;
  }

  private balanceText(): string {
    const balance = this.balance;
    switch (balance?.phase) {
      case 'ready':
        return this.t.t('balance', balance.redeemable);
      case 'denied':
        return this.t.t('balanceDenied');
      case 'error':
        return this.t.t('balanceFailed', balance.message);
      default:
        return this.t.t('balanceLoading');
    }
  }

  private renderCart(): TemplateResult {
    const total = this.total;
    const balance = this.balance?.phase === 'ready' ? this.balance.redeemable : undefined;
    return html`<form class="cart-form" @submit=${this.onRedeem} novalidate aria-labelledby="sm-cart-title">
      <h4 id="sm-cart-title" class="cart-title">${this.t.t('cart')}</h4>
      ${this.problem ? this.renderProblem(this.problem) : nothing}
      ${
        this.cart.length === 0
          ? html`<p class="muted">${this.t.t('cartEmpty')}</p>`
          : html`<table class="cart" part="cart">
              <caption class="visually-hidden">
                ${this.t.t('cart')}
              </caption>
              ${this.renderHead(true)}
              <tbody>
                ${repeat(
                  this.cart,
                  (line) => line.goodsId,
                  (line, index) => this.renderLine(line, index),
                )}
              </tbody>
            </table>`
      }
      <p class="total">
        <strong>${this.t.t('total', total)}</strong>
        ${balance !== undefined && total > 0 && total <= balance ? html` · ${this.t.t('afterRedeem', balance - total)}` : nothing}
      </p>
      <div class="actions">
        <button type="submit" class="primary" part="redeem" ?disabled=${this.sending || this.cart.length === 0}>
          ${this.sending ? this.t.t('redeeming') : this.t.t('redeem')}
        </button>
        <button type="button" @click=${this.clearDesk}>${this.t.t('clear')}</button>
      </div>
    </form>`;
  }

  private renderLine(line: CartLine, index: number): TemplateResult {
    const goods = this.goods(line.goodsId);
    const name = goods?.name ?? line.goodsId;
    const price = goods?.pricePoints ?? 0;
    const issue = this.lineIssues.get(line.goodsId);
    const id = `sm-qty-${line.goodsId}`;
    return html`<tr class=${issue ? 'invalid' : ''} data-goods=${line.goodsId}>
      <th scope="row">${name}${issue ? html`<p id=${`${id}-error`} class="field-error">${issue}</p>` : nothing}</th>
      <td>${price}</td>
      <td>
        <div class="quantity">
          <button
            type="button"
            class="step"
            aria-label=${this.t.t('less', name)}
            ?disabled=${line.quantity <= 1}
            @click=${() => {
              this.setQuantity(line.goodsId, line.quantity - 1);
            }}
          >
            −
          </button>
          <input
            id=${id}
            type="number"
            inputmode="numeric"
            min="1"
            max=${maxQuantity}
            aria-label=${this.t.t('quantityOf', name)}
            aria-invalid=${issue ? 'true' : 'false'}
            aria-describedby=${issue ? `${id}-error` : nothing}
            .value=${live(String(line.quantity))}
            @change=${(event: Event) => {
              const value = Number((event.target as HTMLInputElement).value);
              if (Number.isFinite(value) && value >= 1) this.setQuantity(line.goodsId, value);
              else this.update();
            }}
          />
          <button
            type="button"
            class="step"
            aria-label=${this.t.t('more', name)}
            ?disabled=${line.quantity >= maxQuantity}
            @click=${() => {
              this.setQuantity(line.goodsId, line.quantity + 1);
            }}
          >
            +
          </button>
        </div>
      </td>
      <td>${price * line.quantity}</td>
      <td>
        <button
          type="button"
          class="remove"
          aria-label=${this.t.t('remove', name)}
          @click=${() => {
            this.remove(line.goodsId, index);
          }}
        >
          ✕
        </button>
      </td>
    </tr>`;
  }

  private renderProblem(problem: Problem): TemplateResult {
    return html`<div class="problem" part="problem" role="alert" tabindex="-1">
      <p>${this.t.t('refused')}${problem.message}</p>
      ${problem.requestId ? html`<p class="request-id">${this.options.common.t('requestId', problem.requestId)}</p>` : nothing}
      ${
        problem.retryable
          ? html`<button type="button" part="retry-redeem" @click=${() => void this.redeem()}>${this.t.t('retry')}</button>`
          : nothing
      }
    </div>`;
  }

  /** The column heads the cart and the receipt share; the cart's last column holds each line's buttons. */
  private renderHead(withActions: boolean): TemplateResult {
    return html`<thead>
      <tr>
        <th scope="col">${this.t.t('goodsName')}</th>
        <th scope="col">${this.t.t('unitPrice')}</th>
        <th scope="col">${this.t.t('quantity')}</th>
        <th scope="col">${this.t.t('lineTotal')}</th>
        ${withActions ? html`<th scope="col"><span class="visually-hidden">${this.t.t('lineActions')}</span></th>` : nothing}
      </tr>
    </thead>`;
  }

  private renderReceipt(receipt: Receipt): TemplateResult {
    return html`<section class="receipt" part="receipt" aria-labelledby="sm-receipt-title">
      <h4 id="sm-receipt-title" tabindex="-1">${this.t.t('receipt')}</h4>
      <dl>
        <dt>${this.t.t('receiptNumber')}</dt>
        <dd class="receipt-number">${receipt.receiptNumber}</dd>
        <dt>${this.t.t('date')}</dt>
        <dd>${this.t.date(receipt.date)}</dd>
        <dt>${this.t.t('household')}</dt>
        <dd>${receipt.householdNumber}</dd>
        <dt>${this.t.t('householdName')}</dt>
        <dd>${receipt.householdName}</dd>
      </dl>
      <table class="cart">
        <caption class="visually-hidden">
          ${this.t.t('receipt')}
        </caption>
        ${this.renderHead(false)}
        <tbody>
          ${receipt.lines.map(
            (line) =>
              html`<tr>
                <th scope="row">${line.name}</th>
                <td>${line.pricePoints}</td>
                <td>${line.quantity}</td>
                <td>${line.points}</td>
              </tr>`,
          )}
        </tbody>
      </table>
      <dl>
        <dt>${this.t.t('receiptTotal')}</dt>
        <dd class="receipt-total">${this.t.t('points', receipt.totalPoints)}</dd>
        <dt>${this.t.t('receiptBalance')}</dt>
        <dd class="receipt-balance">${this.t.t('points', receipt.balanceAfter.redeemable)}</dd>
      </dl>
      <div class="actions no-print">
        <button type="button" class="primary" @click=${this.print}>${this.t.t('print')}</button>
        <button type="button" @click=${this.closeReceipt}>${this.t.t('done')}</button>
      </div>
    </section>`;
  }
}
