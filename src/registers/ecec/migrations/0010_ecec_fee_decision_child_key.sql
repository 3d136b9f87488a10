-- A child appears once in a fee decision, so (decision, child) is the key of a decision's child
-- row. The surrogate id was never read, and its index was one more index entry to write for
-- every child of the monthly run (35 000 rows); the decision index becomes the key's prefix.
alter table ecec_fee_decision_child drop constraint ecec_fee_decision_child_pkey;
alter table ecec_fee_decision_child drop column id;
alter table ecec_fee_decision_child add primary key (fee_decision_id, child_id);
drop index ecec_fee_decision_child_decision_idx;
