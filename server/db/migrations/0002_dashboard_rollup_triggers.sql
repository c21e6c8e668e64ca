-- project_attendee_rollups: per project and person, the attended participations in the project's
-- events that count (status 'held', not archived). Kept by the triggers below, never written by
-- the app; see docs/decisions/003-dashboard-rollups.md.
--
-- Every trigger works out which (project, person) pairs a statement may have changed, then
-- refresh_project_attendee_rollups recounts those pairs from the raw rows (upsert or delete).
-- Triggers are per statement with transition tables, so a bulk insert recounts each pair once.
--
-- Concurrency: the recount locks the people it recounts, and the participations path locks the
-- events it reads, so two writers touching the same person or event take turns; the recount runs
-- after the wait, with a fresh snapshot (READ COMMITTED), and sees the other writer's rows.
--
-- Plans: each changed row is resolved through primary-key and index lookups written as scalar
-- subqueries (the planner cannot turn them into a join with a per-row scan), and the helpers are
-- planned on every call (plan_cache_mode), so a plan made while the tables were small or had no
-- statistics is never reused on a large statement.

CREATE FUNCTION refresh_project_attendee_rollups(project_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  counted_project_ids uuid[];
  counted_person_ids uuid[];
  counted_attendances int[];
  zero_project_ids uuid[];
  zero_person_ids uuid[];
BEGIN
  IF project_ids IS NULL OR cardinality(project_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM people WHERE id = ANY (person_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT
    array_agg(c.project_id) FILTER (WHERE c.attendances > 0),
    array_agg(c.person_id) FILTER (WHERE c.attendances > 0),
    array_agg(c.attendances) FILTER (WHERE c.attendances > 0),
    array_agg(c.project_id) FILTER (WHERE c.attendances = 0),
    array_agg(c.person_id) FILTER (WHERE c.attendances = 0)
  INTO counted_project_ids, counted_person_ids, counted_attendances, zero_project_ids, zero_person_ids
  FROM (
    SELECT pair.project_id, pair.person_id, (
      SELECT count(*) FROM participations p
      WHERE p.person_id = pair.person_id AND p.attended AND pair.project_id = (
        SELECT e.project_id FROM events e
        WHERE e.id = p.event_id AND e.status = 'held' AND e.archived_at IS NULL)
    )::int AS attendances
    FROM (
      SELECT DISTINCT u.project_id, u.person_id
      FROM unnest(project_ids, person_ids) AS u (project_id, person_id)
      WHERE u.project_id IS NOT NULL AND u.person_id IS NOT NULL
    ) pair
    OFFSET 0 -- keeps the subquery whole: each pair is counted once, not once per FILTER above
  ) c;
  DELETE FROM project_attendee_rollups r
  USING unnest(zero_project_ids, zero_person_ids) AS z (project_id, person_id)
  WHERE r.project_id = z.project_id AND r.person_id = z.person_id;
  INSERT INTO project_attendee_rollups AS r (project_id, person_id, attendances)
  SELECT * FROM unnest(counted_project_ids, counted_person_ids, counted_attendances)
  ON CONFLICT (project_id, person_id) DO UPDATE SET attendances = excluded.attendances
  WHERE r.attendances <> excluded.attendances;
END;
$$;
--> statement-breakpoint

-- Attended participations (event, person) that appeared or disappeared: their pair is (the event's
-- project, the person) when the event counts. A participation deleted with its event (ON DELETE
-- CASCADE) has no event left to name the project: every project the person is counted in is
-- recounted instead.
CREATE FUNCTION refresh_project_attendee_rollups_of_participations(event_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  pair_project_ids uuid[];
  pair_person_ids uuid[];
  orphan_person_ids uuid[];
BEGIN
  IF event_ids IS NULL OR cardinality(event_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM events WHERE id = ANY (event_ids) ORDER BY id FOR SHARE;
  SELECT array_agg(pair.project_id), array_agg(pair.person_id)
  INTO pair_project_ids, pair_person_ids
  FROM (
    SELECT changed.person_id, (
      SELECT e.project_id FROM events e
      WHERE e.id = changed.event_id AND e.status = 'held' AND e.archived_at IS NULL
    ) AS project_id
    FROM unnest(event_ids, person_ids) AS changed (event_id, person_id)
    OFFSET 0 -- one lookup per row, not a second one for the WHERE below
  ) pair
  WHERE pair.project_id IS NOT NULL;
  SELECT array_agg(changed.person_id) INTO orphan_person_ids
  FROM unnest(event_ids, person_ids) AS changed (event_id, person_id)
  WHERE (SELECT e.id FROM events e WHERE e.id = changed.event_id) IS NULL;
  IF orphan_person_ids IS NOT NULL THEN
    SELECT pair_project_ids || array_agg(r.project_id), pair_person_ids || array_agg(r.person_id)
    INTO pair_project_ids, pair_person_ids
    FROM project_attendee_rollups r
    WHERE r.person_id = ANY (orphan_person_ids);
  END IF;
  PERFORM refresh_project_attendee_rollups(pair_project_ids, pair_person_ids);
END;
$$;
--> statement-breakpoint

-- Events whose counting project changed (each listed with its old and its new counting project):
-- their attendees are recounted in both.
CREATE FUNCTION refresh_project_attendee_rollups_of_events(event_ids uuid[], project_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  pair_project_ids uuid[];
  pair_person_ids uuid[];
BEGIN
  IF event_ids IS NULL OR cardinality(event_ids) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(changed.project_id), array_agg(p.person_id)
  INTO pair_project_ids, pair_person_ids
  FROM unnest(event_ids, project_ids) AS changed (event_id, project_id)
  JOIN participations p ON p.event_id = changed.event_id AND p.attended;
  PERFORM refresh_project_attendee_rollups(pair_project_ids, pair_person_ids);
END;
$$;
--> statement-breakpoint

-- The trigger functions read only their transition tables (set operations, no joins) and hand the
-- changed keys to the helpers above.
CREATE FUNCTION project_attendee_rollups_on_participations()
RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  person_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.event_id), array_agg(n.person_id) INTO event_ids, person_ids
    FROM new_rows n WHERE n.attended;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.event_id), array_agg(o.person_id) INTO event_ids, person_ids
    FROM old_rows o WHERE o.attended;
  ELSE
    -- Only rows whose event, person or attendance changed (not test scores or roles).
    SELECT array_agg(changed.event_id), array_agg(changed.person_id) INTO event_ids, person_ids
    FROM (
      (SELECT id, event_id, person_id FROM old_rows WHERE attended
       EXCEPT ALL SELECT id, event_id, person_id FROM new_rows WHERE attended)
      UNION ALL
      (SELECT id, event_id, person_id FROM new_rows WHERE attended
       EXCEPT ALL SELECT id, event_id, person_id FROM old_rows WHERE attended)
    ) changed;
  END IF;
  PERFORM refresh_project_attendee_rollups_of_participations(event_ids, person_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- An event counts for its project while it is held and not archived; a change of status,
-- archiving or project may move its attendees from one counting project to another (or none).
CREATE FUNCTION project_attendee_rollups_on_events()
RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  project_ids uuid[];
BEGIN
  SELECT array_agg(changed.id), array_agg(changed.project_id) INTO event_ids, project_ids
  FROM (
    (SELECT id, CASE WHEN status = 'held' AND archived_at IS NULL THEN project_id END AS project_id
     FROM old_rows
     EXCEPT SELECT id, CASE WHEN status = 'held' AND archived_at IS NULL THEN project_id END
     FROM new_rows)
    UNION ALL
    (SELECT id, CASE WHEN status = 'held' AND archived_at IS NULL THEN project_id END
     FROM new_rows
     EXCEPT SELECT id, CASE WHEN status = 'held' AND archived_at IS NULL THEN project_id END
     FROM old_rows)
  ) changed
  WHERE changed.project_id IS NOT NULL;
  PERFORM refresh_project_attendee_rollups_of_events(event_ids, project_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION project_attendee_rollups_on_participations_truncate()
RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM project_attendee_rollups;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER participations_rollups_insert AFTER INSERT ON participations
  REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_rollups_update AFTER UPDATE ON participations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_rollups_delete AFTER DELETE ON participations
  REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_rollups_truncate AFTER TRUNCATE ON participations
  FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_on_participations_truncate();
--> statement-breakpoint
CREATE TRIGGER events_rollups_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_on_events();
--> statement-breakpoint

-- One-time backfill. Creating the triggers above locked participations and events against writers
-- until this migration commits, so no change can fall between the backfill and the triggers.
INSERT INTO project_attendee_rollups (project_id, person_id, attendances)
SELECT e.project_id, p.person_id, count(*)::int
FROM participations p
JOIN events e ON e.id = p.event_id
WHERE p.attended AND e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL
GROUP BY e.project_id, p.person_id;
