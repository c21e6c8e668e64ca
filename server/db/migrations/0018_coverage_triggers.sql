-- Coverage per municipality (municipality_attendees, municipality_figures), kept by the triggers
-- below and never written by the app; see docs/decisions/010-figures-engine.md. The same design as
-- the indicator figures (0014): a statement's changed (municipality, person) pairs are recounted
-- from the raw rows and the differences added to the municipality's totals; counted events are
-- added and taken away as events change.

-- The municipality an event counts for: its own, or the municipality beneath a district; none for
-- an event placed elsewhere (an entity, a canton, the state). As a view of every place that counts,
-- so that queries join it (a hash join on a few hundred rows) instead of calling a function per row.
CREATE VIEW coverage_units AS
  SELECT p.id AS jurisdiction_id, coalesce(
    (SELECT b.id FROM jurisdictions b
     WHERE p.kind = 'district' AND b.parent_id = p.id AND b.kind = 'municipality'
     ORDER BY b.id LIMIT 1),
    p.id) AS unit_id
  FROM jurisdictions p
  WHERE p.kind IN ('municipality', 'district');
--> statement-breakpoint

CREATE FUNCTION coverage_unit(jurisdiction_id uuid) RETURNS uuid
LANGUAGE sql STABLE AS $$
  SELECT u.unit_id FROM coverage_units u WHERE u.jurisdiction_id = coverage_unit.jurisdiction_id
$$;
--> statement-breakpoint

CREATE FUNCTION refresh_municipality_attendees(unit_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  n_unit uuid[]; n_person uuid[]; n_sex text[]; n_count int[]; n_trainer int[];
BEGIN
  IF unit_ids IS NULL OR cardinality(unit_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM people WHERE id = ANY (person_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT array_agg(f.unit_id), array_agg(f.person_id), array_agg(f.sex), array_agg(f.attendances),
    array_agg(f.trainer_attendances)
  INTO n_unit, n_person, n_sex, n_count, n_trainer
  FROM (
    SELECT pr.unit_id, pr.person_id, pe.sex, count(*)::int AS attendances,
      (count(*) FILTER (WHERE pa.role IN ('trainer', 'co_trainer')))::int AS trainer_attendances
    FROM (SELECT DISTINCT * FROM unnest(unit_ids, person_ids) AS u (unit_id, person_id)
          WHERE u.unit_id IS NOT NULL) pr
    JOIN participations pa ON pa.person_id = pr.person_id AND pa.attended
    JOIN events e ON e.id = pa.event_id AND e.status = 'held' AND e.archived_at IS NULL
    JOIN coverage_units cu ON cu.jurisdiction_id = e.jurisdiction_id AND cu.unit_id = pr.unit_id
    JOIN people pe ON pe.id = pr.person_id
    GROUP BY pr.unit_id, pr.person_id, pe.sex
  ) f;

  WITH pairs AS (
    SELECT DISTINCT * FROM unnest(unit_ids, person_ids) AS u (unit_id, person_id)
  ), old AS (
    SELECT ma.* FROM municipality_attendees ma
    JOIN pairs ON pairs.unit_id = ma.municipality_id AND pairs.person_id = ma.person_id
  ), new AS (
    SELECT * FROM unnest(n_unit, n_person, n_sex, n_count, n_trainer)
      AS n (municipality_id, person_id, sex, attendances, trainer_attendances)
  ), delta AS (
    SELECT municipality_id, sum(dp)::int AS dp, sum(df)::int AS df, sum(dm)::int AS dm,
      sum(da)::int AS da, sum(dt)::int AS dt
    FROM (
      SELECT municipality_id, 1 AS dp, (sex = 'female')::int AS df, (sex = 'male')::int AS dm,
        attendances AS da, (trainer_attendances > 0)::int AS dt FROM new
      UNION ALL
      SELECT municipality_id, -1, -(sex = 'female')::int, -(sex = 'male')::int, -attendances,
        -(trainer_attendances > 0)::int FROM old
    ) d
    GROUP BY municipality_id
  )
  INSERT INTO municipality_figures AS f (municipality_id, people, female, male, attendances, trainers)
  SELECT municipality_id, dp, df, dm, da, dt FROM delta
  WHERE dp <> 0 OR df <> 0 OR dm <> 0 OR da <> 0 OR dt <> 0
  ORDER BY municipality_id
  ON CONFLICT (municipality_id) DO UPDATE SET
    people = f.people + excluded.people, female = f.female + excluded.female,
    male = f.male + excluded.male, attendances = f.attendances + excluded.attendances,
    trainers = f.trainers + excluded.trainers;

  DELETE FROM municipality_attendees ma
  USING (SELECT DISTINCT * FROM unnest(unit_ids, person_ids) AS u (unit_id, person_id)) pairs
  WHERE ma.municipality_id = pairs.unit_id AND ma.person_id = pairs.person_id;
  INSERT INTO municipality_attendees (municipality_id, person_id, sex, attendances, trainer_attendances)
  SELECT * FROM unnest(n_unit, n_person, n_sex, n_count, n_trainer);
END;
$$;
--> statement-breakpoint

-- Counted events added to or taken from their municipality.
CREATE FUNCTION coverage_add_events(unit_ids uuid[], deltas int[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO municipality_figures AS f (municipality_id, events)
  SELECT c.unit_id, sum(c.d)::int
  FROM unnest(unit_ids, deltas) AS c (unit_id, d)
  WHERE c.unit_id IS NOT NULL
  GROUP BY c.unit_id HAVING sum(c.d) <> 0
  ORDER BY 1
  ON CONFLICT (municipality_id) DO UPDATE SET events = f.events + excluded.events;
END;
$$;
--> statement-breakpoint

-- Participations that changed, as (event, person) pairs: the municipality of each pair's event,
-- and every municipality counting a person whose event is gone (deleted with its participations).
CREATE FUNCTION refresh_coverage_of_participations(event_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  pair_unit uuid[];
  pair_person uuid[];
BEGIN
  SELECT array_agg(pair.unit_id), array_agg(pair.person_id) INTO pair_unit, pair_person
  FROM (
    SELECT cu.unit_id, c.person_id
    FROM unnest(event_ids, person_ids) AS c (event_id, person_id)
    JOIN events e ON e.id = c.event_id
    JOIN coverage_units cu ON cu.jurisdiction_id = e.jurisdiction_id
    UNION
    SELECT ma.municipality_id, ma.person_id
    FROM unnest(event_ids, person_ids) AS c (event_id, person_id)
    JOIN municipality_attendees ma ON ma.person_id = c.person_id
    WHERE NOT EXISTS (SELECT 1 FROM events WHERE events.id = c.event_id)
  ) pair
  WHERE pair.unit_id IS NOT NULL;
  PERFORM refresh_municipality_attendees(pair_unit, pair_person);
END;
$$;
--> statement-breakpoint

-- The one trigger of participations for the kept figures: it works out once which (event, person)
-- pairs a statement changed (for an update, only rows whose event, person, role or attendance
-- changed, not test scores), locks their events, then recounts the indicator figures (0014) and
-- the coverage.
CREATE FUNCTION facts_on_participations() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  person_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.event_id), array_agg(n.person_id) INTO event_ids, person_ids FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.event_id), array_agg(o.person_id) INTO event_ids, person_ids FROM old_rows o;
  ELSE
    SELECT array_agg(c.event_id), array_agg(c.person_id) INTO event_ids, person_ids
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
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- An event's counting facts changed (status, archiving, place), it was added or deleted: its
-- municipality's events, and its participants in the old and the new municipality.
CREATE FUNCTION coverage_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  units uuid[]; deltas int[];
  pair_unit uuid[]; pair_person uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(coverage_unit(n.jurisdiction_id)), array_agg(1) INTO units, deltas
    FROM new_rows n WHERE n.status = 'held' AND n.archived_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(coverage_unit(o.jurisdiction_id)), array_agg(-1) INTO units, deltas
    FROM old_rows o WHERE o.status = 'held' AND o.archived_at IS NULL;
  ELSE
    SELECT array_agg(c.unit_id), array_agg(c.d) INTO units, deltas
    FROM (
      SELECT coverage_unit(n.jurisdiction_id) AS unit_id, 1 AS d
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE n.status = 'held' AND n.archived_at IS NULL
        AND (o.status, o.archived_at IS NULL, o.jurisdiction_id) IS DISTINCT FROM (n.status, n.archived_at IS NULL, n.jurisdiction_id)
      UNION ALL
      SELECT coverage_unit(o.jurisdiction_id), -1
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE o.status = 'held' AND o.archived_at IS NULL
        AND (o.status, o.archived_at IS NULL, o.jurisdiction_id) IS DISTINCT FROM (n.status, n.archived_at IS NULL, n.jurisdiction_id)
    ) c;
    SELECT array_agg(pair.unit_id), array_agg(pair.person_id) INTO pair_unit, pair_person
    FROM (
      SELECT DISTINCT u.unit_id, pa.person_id
      FROM new_rows n JOIN old_rows o ON o.id = n.id
      CROSS JOIN LATERAL (VALUES (coverage_unit(n.jurisdiction_id)), (coverage_unit(o.jurisdiction_id))) u (unit_id)
      JOIN participations pa ON pa.event_id = n.id AND pa.attended
      WHERE u.unit_id IS NOT NULL
        AND (o.status, o.archived_at IS NULL, o.jurisdiction_id) IS DISTINCT FROM (n.status, n.archived_at IS NULL, n.jurisdiction_id)
    ) pair;
  END IF;
  IF units IS NOT NULL THEN
    PERFORM coverage_add_events(units, deltas);
  END IF;
  PERFORM refresh_municipality_attendees(pair_unit, pair_person);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION coverage_on_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pair_unit uuid[];
  pair_person uuid[];
BEGIN
  SELECT array_agg(ma.municipality_id), array_agg(ma.person_id) INTO pair_unit, pair_person
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN municipality_attendees ma ON ma.person_id = n.id
  WHERE n.sex IS DISTINCT FROM o.sex;
  PERFORM refresh_municipality_attendees(pair_unit, pair_person);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION coverage_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE municipality_attendees;
  UPDATE municipality_figures SET people = 0, female = 0, male = 0, attendances = 0, trainers = 0;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER participations_facts_insert AFTER INSERT ON participations
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facts_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_facts_update AFTER UPDATE ON participations
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION facts_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_facts_delete AFTER DELETE ON participations
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION facts_on_participations();
--> statement-breakpoint
CREATE TRIGGER participations_coverage_truncate AFTER TRUNCATE ON participations
  FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_truncate();
--> statement-breakpoint
CREATE TRIGGER events_coverage_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_events();
--> statement-breakpoint
CREATE TRIGGER events_coverage_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_events();
--> statement-breakpoint
CREATE TRIGGER events_coverage_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_events();
--> statement-breakpoint
CREATE TRIGGER people_coverage_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION coverage_on_people();
--> statement-breakpoint

-- Backfill from the rows already there.
INSERT INTO municipality_attendees (municipality_id, person_id, sex, attendances, trainer_attendances)
SELECT cu.unit_id, pa.person_id, pe.sex, count(*)::int,
  (count(*) FILTER (WHERE pa.role IN ('trainer', 'co_trainer')))::int
FROM participations pa
JOIN events e ON e.id = pa.event_id AND e.status = 'held' AND e.archived_at IS NULL
JOIN coverage_units cu ON cu.jurisdiction_id = e.jurisdiction_id
JOIN people pe ON pe.id = pa.person_id
WHERE pa.attended
GROUP BY cu.unit_id, pa.person_id, pe.sex;
--> statement-breakpoint
INSERT INTO municipality_figures (municipality_id, events, attendances, people, female, male, trainers)
SELECT unit_id, sum(events)::int, sum(attendances)::int, sum(people)::int, sum(female)::int,
  sum(male)::int, sum(trainers)::int
FROM (
  SELECT municipality_id AS unit_id, 0 AS events, attendances, 1 AS people, (sex = 'female')::int AS female,
    (sex = 'male')::int AS male, (trainer_attendances > 0)::int AS trainers
  FROM municipality_attendees
  UNION ALL
  SELECT cu.unit_id, 1, 0, 0, 0, 0, 0
  FROM events e JOIN coverage_units cu ON cu.jurisdiction_id = e.jurisdiction_id
  WHERE e.status = 'held' AND e.archived_at IS NULL
) parts
GROUP BY unit_id;
