-- The person's sex and organisation are written with each new rollup row by the one function that
-- inserts them, in the same statement, instead of by a row trigger (migration 0016) that looked the
-- person up once per row: an import of 10,000 new participants spent a quarter of a second there.
-- Updates of a person still follow through project_attendee_rollups_follow_people.
CREATE OR REPLACE FUNCTION refresh_project_attendee_rollups(project_ids uuid[], person_ids uuid[])
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
  INSERT INTO project_attendee_rollups AS r (project_id, person_id, attendances, sex, organization_id)
  SELECT c.project_id, c.person_id, c.attendances, p.sex, p.organization_id
  FROM unnest(counted_project_ids, counted_person_ids, counted_attendances)
    AS c (project_id, person_id, attendances)
  LEFT JOIN people p ON p.id = c.person_id
  ON CONFLICT (project_id, person_id) DO UPDATE SET attendances = excluded.attendances
  WHERE r.attendances <> excluded.attendances;
END;
$$;
--> statement-breakpoint
DROP TRIGGER project_attendee_rollups_copy_person ON project_attendee_rollups;
--> statement-breakpoint
DROP FUNCTION project_attendee_rollups_copy_person();
