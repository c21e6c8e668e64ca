-- Attended participations per event and sex (event_attendance) and the totals of the unfiltered
-- lists (list_totals), kept by the triggers below and never written by the app; see
-- docs/decisions/010-figures-engine.md.

-- An event's attendance is recounted from the raw rows whenever a statement changes them: the
-- events' rows are locked first (in id order), so that a writer waiting for another counts what
-- the other committed (each statement of a function sees the rows committed before it began). A
-- row stays when its counts fall to zero: deleting it could lose the count of a writer waiting
-- for it. An event's row goes with the event.
CREATE FUNCTION refresh_event_attendance(event_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF event_ids IS NULL OR cardinality(event_ids) = 0 THEN
    RETURN;
  END IF;
  INSERT INTO event_attendance (event_id)
  SELECT DISTINCT e.id FROM unnest(event_ids) AS e (id) JOIN events ON events.id = e.id
  ORDER BY 1
  ON CONFLICT DO NOTHING;
  PERFORM 1 FROM event_attendance WHERE event_id = ANY (event_ids) ORDER BY event_id FOR UPDATE;
  UPDATE event_attendance a SET female = c.female, male = c.male
  FROM (
    SELECT e.id, (count(pe.id) FILTER (WHERE pe.sex = 'female'))::int AS female,
      (count(pe.id) FILTER (WHERE pe.sex = 'male'))::int AS male
    FROM (SELECT DISTINCT unnest(event_ids) AS id) e
    LEFT JOIN participations pa ON pa.event_id = e.id AND pa.attended
    LEFT JOIN people pe ON pe.id = pa.person_id
    GROUP BY e.id
  ) c
  WHERE a.event_id = c.id AND (a.female, a.male) IS DISTINCT FROM (c.female, c.male);
END;
$$;
--> statement-breakpoint

-- Participations added, removed or changed (event, person or attendance): their events recounted.
CREATE FUNCTION event_attendance_on_participations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.event_id) INTO event_ids FROM new_rows n WHERE n.attended;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o.event_id) INTO event_ids FROM old_rows o WHERE o.attended;
  ELSE
    SELECT array_agg(DISTINCT c.event_id) INTO event_ids
    FROM (
      (SELECT id, event_id, person_id, attended FROM old_rows
       EXCEPT ALL SELECT id, event_id, person_id, attended FROM new_rows)
      UNION ALL
      (SELECT id, event_id, person_id, attended FROM new_rows
       EXCEPT ALL SELECT id, event_id, person_id, attended FROM old_rows)
    ) c;
  END IF;
  PERFORM refresh_event_attendance(event_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A person's sex changed: the events they attended recounted.
CREATE FUNCTION event_attendance_on_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
BEGIN
  SELECT array_agg(DISTINCT pa.event_id) INTO event_ids
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN participations pa ON pa.person_id = n.id AND pa.attended
  WHERE n.sex IS DISTINCT FROM o.sex;
  PERFORM refresh_event_attendance(event_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION event_attendance_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM event_attendance a USING old_rows o WHERE a.event_id = o.id;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION event_attendance_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE event_attendance;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A statement's difference to its table's unfiltered list (rows not archived), as one row.
CREATE FUNCTION list_totals_on_rows() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  delta bigint;
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT count(*) INTO delta FROM new_rows WHERE archived_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT -count(*) INTO delta FROM old_rows WHERE archived_at IS NULL;
  ELSE
    SELECT (SELECT count(*) FROM new_rows WHERE archived_at IS NULL)
      - (SELECT count(*) FROM old_rows WHERE archived_at IS NULL) INTO delta;
  END IF;
  IF delta <> 0 THEN
    INSERT INTO list_totals (list, delta) VALUES (TG_TABLE_NAME, delta);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION list_totals_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM list_totals WHERE list = TG_TABLE_NAME;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- Each list's rows folded into one (the maintenance job). Rows added meanwhile are not seen by
-- the delete and stay as they are.
CREATE FUNCTION compact_list_totals() RETURNS void LANGUAGE sql AS $$
  WITH gone AS (DELETE FROM list_totals RETURNING list, delta)
  INSERT INTO list_totals (list, delta)
  SELECT list, sum(delta) FROM gone GROUP BY list HAVING sum(delta) <> 0;
$$;
--> statement-breakpoint

-- Named to fire after the triggers of the indicator figures and the coverage (triggers of one
-- event fire in name order), so that every writer takes its locks in the same order.
CREATE TRIGGER participations_totals_insert AFTER INSERT ON participations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_totals_update AFTER UPDATE ON participations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_totals_delete AFTER DELETE ON participations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_totals_truncate AFTER TRUNCATE ON participations
  FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_truncate();
--> statement-breakpoint
CREATE TRIGGER people_totals_attendance AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_people();
--> statement-breakpoint
CREATE TRIGGER events_totals_attendance AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION event_attendance_on_events();
--> statement-breakpoint
CREATE TRIGGER people_totals_insert AFTER INSERT ON people
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER people_totals_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER people_totals_delete AFTER DELETE ON people
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER people_totals_truncate AFTER TRUNCATE ON people
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_truncate();
--> statement-breakpoint
CREATE TRIGGER events_totals_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER events_totals_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER events_totals_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_rows();
--> statement-breakpoint
CREATE TRIGGER events_totals_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION list_totals_on_truncate();
--> statement-breakpoint

-- Backfill from the rows already there.
INSERT INTO event_attendance (event_id, female, male)
SELECT pa.event_id, (count(*) FILTER (WHERE pe.sex = 'female'))::int, (count(*) FILTER (WHERE pe.sex = 'male'))::int
FROM participations pa JOIN people pe ON pe.id = pa.person_id
WHERE pa.attended
GROUP BY pa.event_id;
--> statement-breakpoint
INSERT INTO list_totals (list, delta)
SELECT 'people', count(*) FROM people WHERE archived_at IS NULL HAVING count(*) > 0;
--> statement-breakpoint
INSERT INTO list_totals (list, delta)
SELECT 'events', count(*) FROM events WHERE archived_at IS NULL HAVING count(*) > 0;
