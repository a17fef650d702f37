/** What the data page (/data/) says about the files, from the same column definitions and schemas as the files. */
import { ACTOR_KINDS, LEVELS, DOMAINS, RELATION_TYPES, RELATION_STATES, EVENT_KINDS, LANES, SOURCE_KINDS } from '../../../model/schemas.ts';
import type { T } from '../../../i18n/ui.ts';
import type { TableField } from './table-schema.ts';

/** The organisation whose files and embed code the page shows as examples. */
export const EXAMPLE_ACTOR = 'politie';

/** The coded columns and their allowed values. */
export const CODED_COLUMNS = [
  ['kind (actors)', ACTOR_KINDS],
  ['level', LEVELS],
  ['domains', DOMAINS],
  ['type (relations)', RELATION_TYPES],
  ['state', RELATION_STATES],
  ['basis', ['bron', 'interpretatie']],
  ['kind (events)', EVENT_KINDS],
  ['lane', LANES],
  ['status', ['gebeurd', 'verwacht']],
  ['in_views', ['huidig', 'voorgesteld']],
  ['kind (sources)', SOURCE_KINDS],
] as const;

/** What a column holds, in words, from its Table Schema field: "lijst, altijd gevuld". */
export function columnKind(field: TableField, delimiter: string | undefined, t: T): string {
  const c = field.constraints ?? {};
  const kind = delimiter
    ? t('columnList')
    : c.enum
      ? t('columnCode')
      : field.type === 'integer'
        ? t('columnInteger')
        : field.format === 'uri'
          ? t('columnUrl')
          : c.pattern?.startsWith('\\d{4}')
            ? t('columnDate')
            : t('columnText');
  return [kind, c.required ? t('columnRequired') : t('columnOptional')].join(', ');
}
