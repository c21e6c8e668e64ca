-- The kept trainer cascades (decision 011) are traced by the cascade module with the rules of
-- common/capacity; the database only says when a trace may no longer be true, by raising
-- cascade_traces.version. A trace is current when traced_version equals version.

-- Marks stale the traced cascades a change may alter: those holding one of the events (the TOT or
-- a session), and those in which one of the people, an attended participant of the cascade's
-- events, trains (or no longer trains) somewhere. Rows are locked in key order so concurrent
-- writers never deadlock.
CREATE FUNCTION touch_cascades(event_ids uuid[], trainer_ids uuid[]) RETURNS void LANGUAGE sql AS $$
  WITH touched AS (
    SELECT tot_id FROM cascade_trace_events WHERE event_id = ANY (event_ids)
    UNION
    SELECT te.tot_id FROM participations pa JOIN cascade_trace_events te ON te.event_id = pa.event_id
    WHERE pa.person_id = ANY (trainer_ids) AND pa.attended AND pa.role = 'participant'
  ), locked AS (
    SELECT t.tot_id FROM cascade_traces t WHERE t.tot_id IN (SELECT tot_id FROM touched)
    ORDER BY t.tot_id FOR UPDATE
  )
  UPDATE cascade_traces t SET version = t.version + 1 FROM locked WHERE t.tot_id = locked.tot_id;
$$;
--> statement-breakpoint

-- The one participations trigger (0018) also touches the cascades of the changed rows: their events,
-- and their people where the row is (or was) a trainer's or co-trainer's.
CREATE OR REPLACE FUNCTION facts_on_participations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  person_ids uuid[];
  trainer_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.event_id), array_agg(n.person_id),
      array_agg(n.person_id) FILTER (WHERE n.role IN ('trainer', 'co_trainer'))
    INTO event_ids, person_ids, trainer_ids FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.event_id), array_agg(o.person_id),
      array_agg(o.person_id) FILTER (WHERE o.role IN ('trainer', 'co_trainer'))
    INTO event_ids, person_ids, trainer_ids FROM old_rows o;
  ELSE
    SELECT array_agg(c.event_id), array_agg(c.person_id),
      array_agg(c.person_id) FILTER (WHERE c.role IN ('trainer', 'co_trainer'))
    INTO event_ids, person_ids, trainer_ids
    FROM (
      (SELECT id, event_id, person_id, role, attended FROM old_rows
       EXCEPT ALL SELECT id, event_id, person_id, role, attended FROM new_rows)
      UNION ALL
      (SELECT id, event_id, person_id, role, attended FROM new_rows
       EXCEPT ALL SELECT id, event_id, person_id, role, attended FROM old_rows)
    ) c;
  END IF;
  IF event_ids IS NULL THEN
    RETURN NULL;
  END IF;
  PERFORM 1 FROM events WHERE id = ANY (event_ids) ORDER BY id FOR SHARE;
  PERFORM refresh_figures_of_participations(event_ids, person_ids);
  PERFORM refresh_coverage_of_participations(event_ids, person_ids);
  PERFORM touch_cascades(event_ids, coalesce(trainer_ids, '{}'));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- An event added, deleted, or changed in what a cascade reads (status, archiving, date, kind): the
-- cascades holding it, and those whose people train in it (it may become one of their sessions).
CREATE FUNCTION cascades_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  trainer_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.id) INTO event_ids FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.id) INTO event_ids FROM old_rows o;
  ELSE
    SELECT array_agg(n.id) INTO event_ids
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.status, o.archived_at IS NULL, o.starts_on, o.kind)
      IS DISTINCT FROM (n.status, n.archived_at IS NULL, n.starts_on, n.kind);
  END IF;
  IF event_ids IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(DISTINCT pa.person_id) INTO trainer_ids
  FROM participations pa
  WHERE pa.event_id = ANY (event_ids) AND pa.attended AND pa.role IN ('trainer', 'co_trainer');
  PERFORM touch_cascades(event_ids, coalesce(trainer_ids, '{}'));
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A person's sex changed: the cascades of the events they attended count them differently.
CREATE FUNCTION cascades_on_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
BEGIN
  SELECT array_agg(DISTINCT pa.event_id) INTO event_ids
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN participations pa ON pa.person_id = n.id AND pa.attended
  WHERE n.sex IS DISTINCT FROM o.sex;
  IF event_ids IS NOT NULL THEN
    PERFORM touch_cascades(event_ids, '{}');
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- Emptied sources leave no trace behind.
CREATE FUNCTION cascades_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE cascade_trace_events, cascade_reached, cascade_reach_memos;
  UPDATE cascade_traces SET version = version + 1;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER events_cascades_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_events();
--> statement-breakpoint
CREATE TRIGGER events_cascades_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_events();
--> statement-breakpoint
CREATE TRIGGER events_cascades_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_events();
--> statement-breakpoint
CREATE TRIGGER people_cascades_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_people();
--> statement-breakpoint
CREATE TRIGGER participations_cascades_truncate AFTER TRUNCATE ON participations
  FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_truncate();
--> statement-breakpoint
CREATE TRIGGER events_cascades_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION cascades_on_truncate();
