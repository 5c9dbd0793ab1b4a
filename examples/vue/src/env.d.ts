// The sz-* tags as Vue global components (props, attributes and events), generated from the custom-elements manifest.
import type {} from '@shanzhi/components/vue';
