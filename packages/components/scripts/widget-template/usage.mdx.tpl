import { Meta } from '@storybook/addon-docs/blocks';

<Meta title="Usage guidance/__TitleEn__" />

# __TitleEn__ `<sz-__kebab__>`

TODO(new-widget): what the widget shows (__TitleZh__), for whom, in one or two sentences. Reference: the
[component's Docs page](?path=/docs/widgets-__kebab__--docs).

## When to use it

- TODO(new-widget): the pages and the people it is for.

## When not to use it

- TODO(new-widget): what it is not for, and what to use instead.

## What to write around it

- **A heading on your page** that names the village and what the widget shows. The widget's own title is small; your
  heading is what a screen-reader user jumps to.
- **The fallback inside the element**: a link to the same information on a plain page and the 极速模式 notice. It is
  all that IE compatibility mode shows.
- Do not put names, phone numbers or ID numbers in the text around it. The `sz-__kebab__-select` event carries an id,
  never a name.

## Do and don't

| do | don't |
|---|---|
| Let 长辈版 switch the widget to large type. | Override the widget's font sizes from outside; use the `--sz-*` tokens for brand colours. |
| Keep it at its natural height; it reflows at 200 % zoom and WeChat's largest text. | Put it in a fixed-height box or a carousel. |
