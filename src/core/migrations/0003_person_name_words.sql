-- Name search by word. Names repeat a great deal, so a dictionary of distinct folded name
-- words stays small and can be matched fuzzily (trigrams, prefixes) in a few milliseconds;
-- persons are then found through an exact index on (word, person). Searching whole name
-- strings by trigram similarity was far too slow at 100 000 persons.
create table name_word (word text primary key);
create index name_word_trgm on name_word using gin (word gin_trgm_ops);
create index name_word_prefix on name_word (word text_pattern_ops);

create table person_name_word (
  word text not null references name_word (word),
  person_id uuid not null references person (id) on delete cascade,
  kind text not null check (kind in ('current', 'previous')),
  primary key (word, person_id, kind)
);
create index person_name_word_person_idx on person_name_word (person_id);

create function person_name_word_insert() returns trigger language plpgsql as $$
begin
  insert into name_word (word)
    select distinct w from new_rows, regexp_split_to_table(new_rows.folded, ' ') w where w <> ''
    on conflict do nothing;
  insert into person_name_word (word, person_id, kind)
    select distinct w, new_rows.person_id, new_rows.kind from new_rows, regexp_split_to_table(new_rows.folded, ' ') w where w <> ''
    on conflict do nothing;
  return null;
end $$;

create function person_name_word_change() returns trigger language plpgsql as $$
begin
  delete from person_name_word where person_id = old.person_id and kind = old.kind;
  insert into name_word (word)
    select distinct w from person_name_index n, regexp_split_to_table(n.folded, ' ') w
    where n.person_id = old.person_id and n.kind = old.kind and w <> ''
    on conflict do nothing;
  insert into person_name_word (word, person_id, kind)
    select distinct w, n.person_id, n.kind from person_name_index n, regexp_split_to_table(n.folded, ' ') w
    where n.person_id = old.person_id and n.kind = old.kind and w <> ''
    on conflict do nothing;
  return null;
end $$;

create trigger person_name_word_insert after insert on person_name_index
  referencing new table as new_rows for each statement execute function person_name_word_insert();
create trigger person_name_word_change after update or delete on person_name_index
  for each row execute function person_name_word_change();

insert into name_word (word)
  select distinct w from person_name_index, regexp_split_to_table(folded, ' ') w where w <> '' on conflict do nothing;
insert into person_name_word (word, person_id, kind)
  select distinct w, person_id, kind from person_name_index, regexp_split_to_table(folded, ' ') w where w <> '' on conflict do nothing;
