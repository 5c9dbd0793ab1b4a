import type { ReactiveControllerHost } from 'lit';
import { addLateStyles } from '../internal/late-styles.js';
import { SendingPart } from '../internal/widget-part.js';
import { HouseholdFinder, type FoundHousehold } from './household-finder.js';
import { lateStyles } from './late-styles.js';
import type { PartContext } from './part-context.js';
import { staffToolsStyles } from './staff-tools-styles.js';

/**
 * A desk panel that starts from one household found by number or name (the revocation, the family ties): its finder,
 * its styles, and focus kept within the panel (`[part~=<panel>]`), since the desk around it has fields of its own.
 */
export abstract class HouseholdPanel<O extends PartContext> extends SendingPart<O> {
  protected readonly finder: HouseholdFinder;

  constructor(
    host: ReactiveControllerHost,
    options: O,
    private readonly panel: string,
    /** The id of the finder's search field. */
    field: string,
  ) {
    super(host, options);
    addLateStyles(options.root(), lateStyles, staffToolsStyles);
    this.finder = new HouseholdFinder(host, options, field, (household) => {
      this.chosen(household);
    });
  }

  /** The household the staff member chose from the search. */
  protected abstract chosen(household: FoundHousehold): void;

  protected override async focus(selector: string): Promise<void> {
    await super.focus(`[part~="${this.panel}"] ${selector}`);
  }
}
