-- The school's municipality as a code of the kunta koodisto (three digits, e.g. 091 Helsinki):
-- KOSKI needs it as the place (paikkakunta) of a certificate's confirmation (vahvistus).
alter table be_school add column municipality_code text check (municipality_code ~ '^[0-9]{3}$');
