// The subject list is the server's own (a pure data module with no server dependencies), so
// the form and the certificates can never disagree on names or order.
export { SUBJECTS, subjectName, subjectOrder, type Subject } from '../../../../src/registers/basic-education/assessment/subjects.ts';

/** Language codes of A1/A2/B1/B2 subjects offered in the form (named in i18n `basicEducation.languages`). */
export const LANGUAGE_CODES = ['EN', 'SV', 'FI', 'DE', 'FR', 'ES', 'RU'];
