-- One row that every status-report decision locks (SELECT ... FOR UPDATE) before reading the
-- active events, so concurrent reports, also from several instances, are decided one at a time.
CREATE TABLE IF NOT EXISTS status_report_lock (
    id INTEGER PRIMARY KEY
);
INSERT INTO status_report_lock (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM status_report_lock WHERE id = 1);
