-- Participations added to events add to their events' attendance (event_attendance, migration
-- 0030) instead of recounting it: an import or the bulk load of thousands of participations then
-- joins only the new rows with their people. Added differences and recounts mix safely: an
-- addition waits for a recount's lock and adds to what it wrote; a recount waits for an addition's
-- lock and then counts its rows. Removals, changes and a person's new sex still recount.
CREATE OR REPLACE FUNCTION event_attendance_on_participations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO event_attendance AS a (event_id, female, male)
    SELECT n.event_id, (count(*) FILTER (WHERE pe.sex = 'female'))::int,
      (count(*) FILTER (WHERE pe.sex = 'male'))::int
    FROM new_rows n JOIN people pe ON pe.id = n.person_id
    WHERE n.attended
    GROUP BY n.event_id
    ORDER BY n.event_id
    ON CONFLICT (event_id) DO UPDATE SET female = a.female + excluded.female, male = a.male + excluded.male;
    RETURN NULL;
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
