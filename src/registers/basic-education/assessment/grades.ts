// Assessment rules of the national core curriculum (POPS 2014 ch. 6.11; KOSKI validation):
// numbers 4–10, verbal marks S (suoritettu), H (hylätty), O (osallistunut), and where a verbal
// mark may stand in for a number.
import { badRequest } from '../../../core/http/errors.ts';
import { isKnownSubject, SUBJECTS } from './subjects.ts';

export type VerbalMark = 'S' | 'H' | 'O';
export type AssessmentKind = 'annual' | 'final' | 'interim';

export interface AssessmentInput {
  gradeLevel: number;
  kind: AssessmentKind;
  subjectCode: string;
  languageCode?: string | null;
  syllabus?: 'general' | 'individualised';
  optional?: boolean;
  localSubject?: boolean;
  weeklyLessons?: number | null;
  numericGrade?: number | null;
  verbalMark?: VerbalMark | null;
}

export const GRADE_WORDS = {
  fi: { 10: 'erinomainen', 9: 'kiitettävä', 8: 'hyvä', 7: 'tyydyttävä', 6: 'kohtalainen', 5: 'välttävä', 4: 'hylätty' },
  sv: { 10: 'utmärkt', 9: 'berömlig', 8: 'goda', 7: 'nöjaktiga', 6: 'hjälpliga', 5: 'försvarliga', 4: 'underkänd' },
  en: { 10: 'excellent', 9: 'very good', 8: 'good', 7: 'satisfactory', 6: 'fair', 5: 'adequate', 4: 'fail' },
} as const;
export const VERBAL_WORDS = {
  fi: { S: 'suoritettu', H: 'hylätty', O: 'osallistunut' },
  sv: { S: 'godkänd', H: 'underkänd', O: 'deltagit' },
  en: { S: 'completed', H: 'failed', O: 'participated' },
} as const;

/**
 * Why a verbal mark is allowed in place of a number from grade 4 on, or null. The list is the
 * core curriculum's for the final certificate: optional and local subjects under two weekly
 * lessons, individualised syllabi, and pupil guidance.
 */
export function verbalAllowedReason(a: AssessmentInput): string | null {
  const short = a.weeklyLessons !== null && a.weeklyLessons !== undefined && a.weeklyLessons < 2;
  if (a.subjectCode === 'OP') return 'pupil_guidance';
  if (a.syllabus === 'individualised') return 'individualised_syllabus';
  if (a.optional && short) return 'optional_under_2_lessons';
  if (a.localSubject && short) return 'local_under_2_lessons';
  return null;
}

/** Throws a 400 with fi/sv/en messages when the assessment breaks the core curriculum rules. */
export function validateAssessment(a: AssessmentInput): void {
  const hasNumber = a.numericGrade !== null && a.numericGrade !== undefined;
  const hasVerbal = a.verbalMark !== null && a.verbalMark !== undefined;
  if (hasNumber === hasVerbal) {
    throw badRequest('assessment_one_mark', {
      fi: 'Anna joko numeroarvosana (4–10) tai sanallinen merkintä (S, H tai O).',
      sv: 'Ange antingen ett vitsord (4–10) eller en verbal markering (S, H eller O).',
      en: 'Give either a numeric grade (4–10) or a verbal mark (S, H or O).',
    });
  }
  if (hasNumber && (!Number.isInteger(a.numericGrade) || a.numericGrade! < 4 || a.numericGrade! > 10)) {
    throw badRequest('assessment_scale', { fi: 'Numeroarvosanan on oltava kokonaisluku 4–10.', sv: 'Vitsordet ska vara ett heltal 4–10.', en: 'A numeric grade must be a whole number from 4 to 10.' });
  }
  if (!isKnownSubject(a.subjectCode)) {
    throw badRequest('unknown_subject', { fi: 'Tuntematon oppiaine.', sv: 'Okänt läroämne.', en: 'Unknown subject.' });
  }
  if (SUBJECTS.find((s) => s.code === a.subjectCode)?.language && !a.languageCode) {
    throw badRequest('language_required', { fi: 'Kielioppiaineelle on annettava kieli.', sv: 'Ange språket för språkämnet.', en: 'A language subject needs its language.' });
  }
  if (a.subjectCode === 'KAY') {
    if (a.kind === 'final') {
      throw badRequest('behaviour_not_on_final', {
        fi: 'Käyttäytymistä ei arvioida päättötodistuksessa.',
        sv: 'Uppförande bedöms inte i avgångsbetyget.',
        en: 'Behaviour is not assessed on the final certificate.',
      });
    }
    if (a.gradeLevel >= 4 && a.gradeLevel <= 8 && !hasNumber) {
      throw badRequest('behaviour_numeric', {
        fi: 'Käyttäytyminen arvioidaan vuosiluokilla 4–8 numerolla.',
        sv: 'Uppförande bedöms med vitsord i årskurserna 4–8.',
        en: 'Behaviour is graded with a number in grades 4–8.',
      });
    }
    return;
  }
  if (a.kind === 'final') {
    if (a.gradeLevel < 9) {
      throw badRequest('final_grade_level', { fi: 'Päättöarviointi annetaan vuosiluokalla 9 tai lisäopetuksessa.', sv: 'Slutbedömning ges i årskurs 9 eller i den påbyggande undervisningen.', en: 'Final assessment is given in grade 9 or in voluntary additional education.' });
    }
    if (hasNumber && a.numericGrade! < 5) {
      throw badRequest('final_fail', {
        fi: 'Päättötodistukseen ei merkitä hylättyä arvosanaa.',
        sv: 'Ett underkänt vitsord antecknas inte i avgångsbetyget.',
        en: 'A failing grade cannot be entered on the final certificate.',
      });
    }
    if (hasVerbal && a.verbalMark === 'H') {
      throw badRequest('final_fail', {
        fi: 'Päättötodistukseen ei merkitä hylättyä arvosanaa.',
        sv: 'Ett underkänt vitsord antecknas inte i avgångsbetyget.',
        en: 'A failing grade cannot be entered on the final certificate.',
      });
    }
  }
  // Grades 1–3 may be assessed verbally in every subject; from grade 4 on only the exceptions.
  if (hasVerbal && a.gradeLevel >= 4 && verbalAllowedReason(a) === null) {
    throw badRequest('verbal_not_allowed', {
      fi: 'Sanallinen merkintä on sallittu vuosiluokasta 4 alkaen vain alle 2 vuosiviikkotunnin valinnaisissa tai paikallisissa aineissa, yksilöllistetyssä oppimäärässä ja oppilaanohjauksessa.',
      sv: 'Från årskurs 4 är en verbal markering tillåten endast i valfria eller lokala ämnen under 2 årsveckotimmar, i individualiserad lärokurs och i elevhandledning.',
      en: 'From grade 4 a verbal mark is allowed only for optional or local subjects under 2 weekly lessons, individualised syllabi and pupil guidance.',
    });
  }
}
