-- Held, not archived events per project and kind (project_event_kinds) and the organisers of
-- those events per project (project_organizers), kept by the triggers below and never written by
-- the app; see docs/decisions/010-figures-engine.md. Both add differences to their rows, so
-- concurrent writers wait only for the row they both add to; a row whose count falls to zero stays.

CREATE FUNCTION project_event_kinds_add(project_ids uuid[], kinds text[], deltas int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_event_kinds AS f (project_id, kind, held)
  SELECT c.project_id, c.kind, sum(c.d)::int
  FROM unnest(project_ids, kinds, deltas) AS c (project_id, kind, d)
  GROUP BY 1, 2 HAVING sum(c.d) <> 0
  ORDER BY 1, 2
  ON CONFLICT (project_id, kind) DO UPDATE SET held = f.held + excluded.held;
$$;
--> statement-breakpoint

CREATE FUNCTION project_organizers_add(project_ids uuid[], organization_ids uuid[], deltas int[])
RETURNS void LANGUAGE sql AS $$
  INSERT INTO project_organizers AS f (project_id, organization_id, events)
  SELECT c.project_id, c.organization_id, sum(c.d)::int
  FROM unnest(project_ids, organization_ids, deltas) AS c (project_id, organization_id, d)
  GROUP BY 1, 2 HAVING sum(c.d) <> 0
  ORDER BY 1, 2
  ON CONFLICT (project_id, organization_id) DO UPDATE SET events = f.events + excluded.events;
$$;
--> statement-breakpoint

-- Events added, changed (project, kind, status, archiving) or deleted. An event's organisers are
-- counted by the trigger of event_organizers when they are added, and taken away by the row
-- trigger below when the event is deleted (after the delete they are gone with it).
CREATE FUNCTION project_outputs_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  kind_project uuid[]; kind_kind text[]; kind_delta int[];
  org_project uuid[]; org_organization uuid[]; org_delta int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.project_id), array_agg(n.kind), array_agg(1) INTO kind_project, kind_kind, kind_delta
    FROM new_rows n WHERE n.project_id IS NOT NULL AND n.status = 'held' AND n.archived_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.project_id), array_agg(o.kind), array_agg(-1) INTO kind_project, kind_kind, kind_delta
    FROM old_rows o WHERE o.project_id IS NOT NULL AND o.status = 'held' AND o.archived_at IS NULL;
  ELSE
    SELECT array_agg(c.project_id), array_agg(c.kind), array_agg(c.d) INTO kind_project, kind_kind, kind_delta
    FROM (
      SELECT n.project_id, n.kind, 1 AS d FROM new_rows n
      WHERE n.project_id IS NOT NULL AND n.status = 'held' AND n.archived_at IS NULL
      UNION ALL
      SELECT o.project_id, o.kind, -1 FROM old_rows o
      WHERE o.project_id IS NOT NULL AND o.status = 'held' AND o.archived_at IS NULL
    ) c;
    SELECT array_agg(c.project_id), array_agg(c.organization_id), array_agg(c.d)
    INTO org_project, org_organization, org_delta
    FROM (
      SELECT n.project_id, eo.organization_id, 1 AS d
      FROM new_rows n JOIN event_organizers eo ON eo.event_id = n.id
      WHERE n.project_id IS NOT NULL AND n.status = 'held' AND n.archived_at IS NULL
      UNION ALL
      SELECT o.project_id, eo.organization_id, -1
      FROM old_rows o JOIN event_organizers eo ON eo.event_id = o.id
      WHERE o.project_id IS NOT NULL AND o.status = 'held' AND o.archived_at IS NULL
    ) c;
  END IF;
  PERFORM project_event_kinds_add(kind_project, kind_kind, kind_delta);
  PERFORM project_organizers_add(org_project, org_organization, org_delta);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION project_organizers_before_event_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.project_id IS NOT NULL AND OLD.status = 'held' AND OLD.archived_at IS NULL THEN
    PERFORM project_organizers_add(array_agg(OLD.project_id), array_agg(eo.organization_id), array_agg(-1))
    FROM event_organizers eo WHERE eo.event_id = OLD.id;
  END IF;
  RETURN OLD;
END;
$$;
--> statement-breakpoint

-- Organisers added to or taken from events; those of an event being deleted are already taken away.
CREATE FUNCTION project_organizers_on_links() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  org_project uuid[]; org_organization uuid[]; org_delta int[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(e.project_id), array_agg(n.organization_id), array_agg(1)
    INTO org_project, org_organization, org_delta
    FROM new_rows n JOIN events e ON e.id = n.event_id
    WHERE e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(e.project_id), array_agg(o.organization_id), array_agg(-1)
    INTO org_project, org_organization, org_delta
    FROM old_rows o JOIN events e ON e.id = o.event_id
    WHERE e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL;
  ELSE
    SELECT array_agg(c.project_id), array_agg(c.organization_id), array_agg(c.d)
    INTO org_project, org_organization, org_delta
    FROM (
      SELECT e.project_id, n.organization_id, 1 AS d FROM new_rows n JOIN events e ON e.id = n.event_id
      WHERE e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL
      UNION ALL
      SELECT e.project_id, o.organization_id, -1 FROM old_rows o JOIN events e ON e.id = o.event_id
      WHERE e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL
    ) c;
  END IF;
  PERFORM project_organizers_add(org_project, org_organization, org_delta);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION project_outputs_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE project_organizers;
  IF TG_TABLE_NAME = 'events' THEN
    TRUNCATE project_event_kinds;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER events_outputs_insert AFTER INSERT ON events
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_outputs_on_events();
--> statement-breakpoint
CREATE TRIGGER events_outputs_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_outputs_on_events();
--> statement-breakpoint
CREATE TRIGGER events_outputs_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_outputs_on_events();
--> statement-breakpoint
CREATE TRIGGER events_outputs_delete_organizers BEFORE DELETE ON events
  FOR EACH ROW EXECUTE FUNCTION project_organizers_before_event_delete();
--> statement-breakpoint
CREATE TRIGGER events_outputs_truncate AFTER TRUNCATE ON events
  FOR EACH STATEMENT EXECUTE FUNCTION project_outputs_on_truncate();
--> statement-breakpoint
CREATE TRIGGER event_organizers_outputs_insert AFTER INSERT ON event_organizers
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_organizers_on_links();
--> statement-breakpoint
CREATE TRIGGER event_organizers_outputs_update AFTER UPDATE ON event_organizers
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION project_organizers_on_links();
--> statement-breakpoint
CREATE TRIGGER event_organizers_outputs_delete AFTER DELETE ON event_organizers
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION project_organizers_on_links();
--> statement-breakpoint
CREATE TRIGGER event_organizers_outputs_truncate AFTER TRUNCATE ON event_organizers
  FOR EACH STATEMENT EXECUTE FUNCTION project_outputs_on_truncate();
--> statement-breakpoint

-- Backfill from the rows already there.
INSERT INTO project_event_kinds (project_id, kind, held)
SELECT project_id, kind, count(*)::int FROM events
WHERE project_id IS NOT NULL AND status = 'held' AND archived_at IS NULL
GROUP BY 1, 2;
--> statement-breakpoint
INSERT INTO project_organizers (project_id, organization_id, events)
SELECT e.project_id, eo.organization_id, count(*)::int
FROM event_organizers eo JOIN events e ON e.id = eo.event_id
WHERE e.project_id IS NOT NULL AND e.status = 'held' AND e.archived_at IS NULL
GROUP BY 1, 2;
