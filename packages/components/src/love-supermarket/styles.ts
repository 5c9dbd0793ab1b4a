import { css } from 'lit';

/**
 * `<sz-love-supermarket>`'s shelf styles, after the kit's widgetStyles (tokens and 长辈版 sizes, the shared states, form
 * fields, the title and caption row live there); the desk's are in desk-styles.ts. Only private `--_*` variables.
 * The cards flow in a grid that holds one column on a phone and several on a TV at the village hall; sizes are in rem
 * so WeChat's largest text and 200 % zoom reflow instead of clipping.
 */
export const loveSupermarketStyles = css`
  .section-title {
    font-size: var(--_size-md);
    font-weight: 600;
    margin: var(--_space-3) 0 var(--_space-2);
  }
  .muted,
  .stock,
  .donor,
  .date {
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .goods {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 11rem), 1fr));
    gap: var(--_space-2);
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .card {
    display: flex;
    flex-direction: column;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  .photo {
    display: block;
    width: 100%;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    background: var(--_surface-alt);
  }
  .placeholder {
    display: flex;
    align-items: center;
    justify-content: center;
    color: var(--_text-muted);
    font-size: var(--_size-sm);
  }
  .card-body {
    display: grid;
    gap: var(--_space-1);
    padding: var(--_space-2);
  }
  .card-body p {
    margin: 0;
  }
  .name {
    font-weight: 600;
  }
  .price {
    color: var(--_primary);
    font-weight: 600;
  }
  .sold-out {
    color: var(--_negative);
    font-weight: 600;
  }
  .donations {
    display: grid;
    gap: var(--_space-1);
    margin: 0;
    padding-inline-start: var(--_space-4);
  }
  .donation {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space-2);
  }
  .donor-name {
    font-weight: 600;
  }
  :host([data-sz-elder]) .goods {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }
`;
