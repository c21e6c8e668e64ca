-- The kept attendees of each municipality (0018) carry each person's organisation too, so the
-- municipality page counts the people of each organisation from them; a person who changes
-- organisation (or sex) is recounted.

CREATE OR REPLACE FUNCTION refresh_municipality_attendees(unit_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  n_unit uuid[]; n_person uuid[]; n_sex text[]; n_organization uuid[]; n_count int[]; n_trainer int[];
BEGIN
  IF unit_ids IS NULL OR cardinality(unit_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM people WHERE id = ANY (person_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT array_agg(f.unit_id), array_agg(f.person_id), array_agg(f.sex), array_agg(f.organization_id),
    array_agg(f.attendances), array_agg(f.trainer_attendances)
  INTO n_unit, n_person, n_sex, n_organization, n_count, n_trainer
  FROM (
    SELECT pr.unit_id, pr.person_id, pe.sex, pe.organization_id, count(*)::int AS attendances,
      (count(*) FILTER (WHERE pa.role IN ('trainer', 'co_trainer')))::int AS trainer_attendances
    FROM (SELECT DISTINCT * FROM unnest(unit_ids, person_ids) AS u (unit_id, person_id)
          WHERE u.unit_id IS NOT NULL) pr
    JOIN participations pa ON pa.person_id = pr.person_id AND pa.attended
    JOIN events e ON e.id = pa.event_id AND e.status = 'held' AND e.archived_at IS NULL
    JOIN coverage_units cu ON cu.jurisdiction_id = e.jurisdiction_id AND cu.unit_id = pr.unit_id
    JOIN people pe ON pe.id = pr.person_id
    GROUP BY pr.unit_id, pr.person_id, pe.sex, pe.organization_id
  ) f;

  WITH pairs AS (
    SELECT DISTINCT * FROM unnest(unit_ids, person_ids) AS u (unit_id, person_id)
  ), old AS (
    SELECT ma.* FROM municipality_attendees ma
    JOIN pairs ON pairs.unit_id = ma.municipality_id AND pairs.person_id = ma.person_id
  ), new AS (
    SELECT * FROM unnest(n_unit, n_person, n_sex, n_organization, n_count, n_trainer)
      AS n (municipality_id, person_id, sex, organization_id, attendances, trainer_attendances)
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
  INSERT INTO municipality_attendees (municipality_id, person_id, sex, organization_id, attendances,
    trainer_attendances)
  SELECT * FROM unnest(n_unit, n_person, n_sex, n_organization, n_count, n_trainer);
END;
$$;
--> statement-breakpoint

CREATE OR REPLACE FUNCTION coverage_on_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pair_unit uuid[];
  pair_person uuid[];
BEGIN
  SELECT array_agg(ma.municipality_id), array_agg(ma.person_id) INTO pair_unit, pair_person
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  JOIN municipality_attendees ma ON ma.person_id = n.id
  WHERE (n.sex, n.organization_id) IS DISTINCT FROM (o.sex, o.organization_id);
  PERFORM refresh_municipality_attendees(pair_unit, pair_person);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- Backfill.
UPDATE municipality_attendees ma SET organization_id = p.organization_id
FROM people p WHERE p.id = ma.person_id AND p.organization_id IS NOT NULL;
