/** The texts a diagram's details panel builds its "Klopt er iets niet?" link from (see itemReport). */
import type { T } from '../../i18n/ui.ts';
import { contactEmail } from '../../routes/contact-email.ts';
import type { ItemReportTexts } from './report-mailto.ts';

export function panelReportTexts(t: T, page: { url: string; date: string; idPrefix: string }): ItemReportTexts {
  return {
    to: contactEmail(),
    ...page,
    label: t('reportMistake'),
    hint: t('reportMistakeHintItem'),
    subject: t('reportSubject'),
    page: t('reportPage'),
    version: t('reportVersion'),
    record: t('reportRecord'),
    prompt: t('reportPrompt'),
  };
}
