-- Second-level dashboard rollups (see docs/decisions/003-dashboard-rollups.md and 010): the
-- dashboard's people by sex and organisations reached are read from a few rows per project instead
-- of one row per person reached.
--
-- project_attendee_rollups carries each person's sex and organisation (copied when its row is
-- written, updated when the person changes), so its own changes say exactly what to add to or take
-- from project_sex_figures and project_organization_people — also when the person is deleted.

UPDATE project_attendee_rollups r SET sex = p.sex, organization_id = p.organization_id
FROM people p WHERE p.id = r.person_id;
--> statement-breakpoint

INSERT INTO project_sex_figures (project_id, sex, people, attendances)
SELECT project_id, coalesce(sex, ''), count(*)::int, sum(attendances)::int
FROM project_attendee_rollups GROUP BY project_id, coalesce(sex, '');
--> statement-breakpoint

INSERT INTO project_organization_people (project_id, organization_id, people)
SELECT project_id, organization_id, count(*)::int
FROM project_attendee_rollups WHERE organization_id IS NOT NULL GROUP BY project_id, organization_id;
--> statement-breakpoint

CREATE FUNCTION project_attendee_rollups_copy_person() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  SELECT p.sex, p.organization_id INTO NEW.sex, NEW.organization_id FROM people p WHERE p.id = NEW.person_id;
  RETURN NEW;
END;
$$;
--> statement-breakpoint

-- Adds the differences of a statement's rows (people +1/−1, attendances) to the second level.
CREATE FUNCTION dashboard_second_level_add(
  project_ids uuid[], sexes text[], organization_ids uuid[], people_deltas int[], attendance_deltas int[]
) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO project_sex_figures AS f (project_id, sex, people, attendances)
  SELECT c.project_id, coalesce(c.sex, ''), sum(c.dp)::int, sum(c.da)::int
  FROM unnest(project_ids, sexes, people_deltas, attendance_deltas) AS c (project_id, sex, dp, da)
  GROUP BY c.project_id, coalesce(c.sex, '')
  HAVING sum(c.dp) <> 0 OR sum(c.da) <> 0
  ORDER BY 1, 2
  ON CONFLICT (project_id, sex) DO UPDATE SET
    people = f.people + excluded.people, attendances = f.attendances + excluded.attendances;
  INSERT INTO project_organization_people AS f (project_id, organization_id, people)
  SELECT c.project_id, c.organization_id, sum(c.dp)::int
  FROM unnest(project_ids, organization_ids, people_deltas) AS c (project_id, organization_id, dp)
  WHERE c.organization_id IS NOT NULL
  GROUP BY c.project_id, c.organization_id
  HAVING sum(c.dp) <> 0
  ORDER BY 1, 2
  ON CONFLICT (project_id, organization_id) DO UPDATE SET people = f.people + excluded.people;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION dashboard_second_level_on_rollups() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  project_ids uuid[]; sexes text[]; organization_ids uuid[]; dp int[]; da int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.project_id), array_agg(n.sex), array_agg(n.organization_id), array_agg(1), array_agg(n.attendances)
    INTO project_ids, sexes, organization_ids, dp, da FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.project_id), array_agg(o.sex), array_agg(o.organization_id), array_agg(-1), array_agg(-o.attendances)
    INTO project_ids, sexes, organization_ids, dp, da FROM old_rows o;
  ELSE
    SELECT array_agg(c.project_id), array_agg(c.sex), array_agg(c.organization_id), array_agg(c.dp), array_agg(c.da)
    INTO project_ids, sexes, organization_ids, dp, da
    FROM (
      SELECT n.project_id, n.sex, n.organization_id, 1 AS dp, n.attendances AS da FROM new_rows n
      UNION ALL
      SELECT o.project_id, o.sex, o.organization_id, -1, -o.attendances FROM old_rows o
    ) c;
  END IF;
  IF project_ids IS NOT NULL THEN
    PERFORM dashboard_second_level_add(project_ids, sexes, organization_ids, dp, da);
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A person's sex or organisation changed: their rollup rows follow (and the trigger above moves
-- their counts).
CREATE FUNCTION project_attendee_rollups_follow_people() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE project_attendee_rollups r SET sex = n.sex, organization_id = n.organization_id
  FROM new_rows n
  WHERE r.person_id = n.id
    AND (r.sex IS DISTINCT FROM n.sex OR r.organization_id IS DISTINCT FROM n.organization_id);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION dashboard_second_level_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE project_sex_figures, project_organization_people;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER project_attendee_rollups_copy_person BEFORE INSERT ON project_attendee_rollups
  FOR EACH ROW EXECUTE FUNCTION project_attendee_rollups_copy_person();
--> statement-breakpoint
CREATE TRIGGER project_attendee_rollups_second_level_insert AFTER INSERT ON project_attendee_rollups
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_second_level_on_rollups();
--> statement-breakpoint
CREATE TRIGGER project_attendee_rollups_second_level_update AFTER UPDATE ON project_attendee_rollups
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_second_level_on_rollups();
--> statement-breakpoint
CREATE TRIGGER project_attendee_rollups_second_level_delete AFTER DELETE ON project_attendee_rollups
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION dashboard_second_level_on_rollups();
--> statement-breakpoint
CREATE TRIGGER project_attendee_rollups_second_level_truncate AFTER TRUNCATE ON project_attendee_rollups
  FOR EACH STATEMENT EXECUTE FUNCTION dashboard_second_level_on_truncate();
--> statement-breakpoint
CREATE TRIGGER people_dashboard_rollups_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_attendee_rollups_follow_people();
