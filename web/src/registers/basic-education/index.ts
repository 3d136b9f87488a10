import type { RegisterView } from '../index.ts';
import { BasicEducationSection } from './pupil-section.tsx';

/** Basic education (perusopetus): the pupil's section on the person card, with grade entry. */
export const basicEducationView: RegisterView = {
  pages: [],
  PersonSection: BasicEducationSection,
};
