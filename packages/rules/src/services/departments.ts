import type * as z from 'zod/mini';
import { departments } from '../data-dictionary.js';
import { codeLabelSchema } from './text-schema.js';

/** A department that owns service items. Data, not code: a county adds its own (e.g. 税务, 水利). */
export const departmentSchema = codeLabelSchema;
/** A value parsed by {@link departmentSchema}. */
export type Department = z.output<typeof departmentSchema>;

/**
 * The departments of a township's "一键办" list plus those most village services also touch: the data dictionary's
 * `departments`. Codes are stable keys; labels may be reworded.
 */
export const defaultDepartments: readonly Department[] = departments;
