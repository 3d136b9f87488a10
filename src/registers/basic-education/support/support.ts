// Pedagogical support. From 2025-08-01 (HE 114/2024): group-level support without pupil-level
// records, and pupil-level support that needs an assessment of need, a plan and an
// administrative decision after hearing the pupil and guardian. The earlier three-tier model
// (general, intensified, special support; HOJKS) is kept as history only.

export const REFORM_DATE = '2025-08-01';

export const PUPIL_LEVEL_FORMS = [
  'special_teacher_part_time_small_group',
  'special_teacher_small_group',
  'special_class',
  'interpretation',
  'assistant',
  'aids',
] as const;
export const GROUP_LEVEL_FORMS = ['remedial_teaching', 'language_remedial_teaching', 'special_teacher_alongside'] as const;
export const PUPIL_LEVEL_KINDS = ['need_assessment', 'support_plan', 'support_decision'] as const;
export const THREE_TIER_KINDS = {
  general_support: 'general',
  pedagogical_assessment: 'intensified',
  learning_plan: 'intensified',
  intensified_support: 'intensified',
  pedagogical_statement: 'special',
  special_support_decision: 'special',
  hojks: 'special',
} as const;
export type ThreeTierKind = keyof typeof THREE_TIER_KINDS;
