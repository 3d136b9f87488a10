-- An absence alert per crossing: once the school has acknowledged an alert, a new unauthorised
-- absence that brings the year's count past the acknowledged count raises a new alert, and the
-- acknowledged one stays as the record of who handled it. So a pupil may have several alerts
-- of a school year, but at most one open (unacknowledged) one.
drop index be_absence_alert_key;
create unique index be_absence_alert_open_key on be_absence_alert (pupil_id, school_id, school_year) where acknowledged_at is null;
create index be_absence_alert_pupil_idx on be_absence_alert (pupil_id, school_id, school_year, created_at);
