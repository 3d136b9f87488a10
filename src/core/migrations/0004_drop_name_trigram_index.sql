-- Name search uses the word dictionary (0003); the trigram index over whole names only slowed
-- every insert of a person.
drop index person_name_index_trgm;
