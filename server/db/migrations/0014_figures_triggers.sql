-- The figures engine's facts (indicator_events, indicator_people, indicator_period_figures), kept by
-- the triggers below and never written by the app; see docs/decisions/010-figures-engine.md.
--
-- Three levels, each recounted only where a statement may have changed it:
--   indicator_events: the held, not archived events of an activity-fed indicator's kinds, linked to
--     its framework node or a node below it, each in the plan period it starts in;
--   indicator_people: per indicator, person and period, the person's participations in those
--     events that the indicator counts (its roles; attended only when it says so), with their sex;
--   indicator_period_figures: per indicator, period and sex ('' for events), the people reached in
--     the period, the people reached for the first time in the plan (their running sum is the
--     exact number of unique people so far), participations and events. Kept by adding deltas.
-- Only the measures counted in SQL are kept: unique_people, participations, events_held (the
-- trainer cascade follows its own rules, see common/capacity).
--
-- Participations reach these through the one participations trigger of migration 0018.
--
-- Concurrency follows the dashboard rollups (0002): a recount of people locks those people, the
-- participations path locks the events it reads, and a whole-indicator rebuild locks the three
-- tables against other writers of them; figures rows are updated by adding deltas, which row locks
-- serialise.

CREATE FUNCTION figure_measure_kept(source jsonb) RETURNS boolean
LANGUAGE sql IMMUTABLE AS $$
  SELECT source ->> 'measure' IN ('unique_people', 'participations', 'events_held')
$$;
--> statement-breakpoint

-- The events that feed some indicators now, each in its period; restricted to some events when
-- event_ids is not null.
CREATE FUNCTION figure_event_matches(indicator_ids uuid[], event_ids uuid[])
RETURNS TABLE (indicator_id uuid, event_id uuid, period_id uuid)
LANGUAGE sql STABLE SET plan_cache_mode = force_custom_plan AS $$
  WITH RECURSIVE ind AS (
    SELECT i.id, i.plan_id, i.framework_node_id, i.activity_source AS src
    FROM indicators i
    WHERE i.id = ANY (indicator_ids) AND figure_measure_kept(i.activity_source)
  ), subtree (indicator_id, node_id) AS (
    SELECT id, framework_node_id FROM ind
    UNION
    SELECT s.indicator_id, n.id FROM framework_nodes n JOIN subtree s ON n.parent_id = s.node_id
  )
  SELECT DISTINCT ind.id, e.id, p.id
  FROM ind
  JOIN subtree st ON st.indicator_id = ind.id
  JOIN event_framework_nodes efn ON efn.framework_node_id = st.node_id
  JOIN events e ON e.id = efn.event_id
  JOIN reporting_periods p ON p.plan_id = ind.plan_id AND e.starts_on BETWEEN p.starts_on AND p.ends_on
  WHERE e.status = 'held' AND e.archived_at IS NULL AND (ind.src -> 'eventKinds') @> to_jsonb(e.kind)
    AND (event_ids IS NULL OR e.id = ANY (event_ids))
$$;
--> statement-breakpoint

-- The people some (indicator, person) pairs reach now, per period, from indicator_events.
CREATE FUNCTION figure_people_of_pairs(indicator_ids uuid[], person_ids uuid[])
RETURNS TABLE (indicator_id uuid, person_id uuid, period_id uuid, sex text, participations int)
LANGUAGE sql STABLE SET plan_cache_mode = force_custom_plan AS $$
  SELECT pr.indicator_id, pr.person_id, ie.period_id, pe.sex, count(*)::int
  FROM (SELECT DISTINCT * FROM unnest(indicator_ids, person_ids) AS u (indicator_id, person_id)) pr
  JOIN indicators i ON i.id = pr.indicator_id AND i.activity_source ->> 'measure' IN ('unique_people', 'participations')
  JOIN participations pa ON pa.person_id = pr.person_id
    AND (i.activity_source -> 'roles') @> to_jsonb(pa.role)
    AND (pa.attended OR NOT coalesce((i.activity_source ->> 'attendedOnly')::boolean, false))
  JOIN indicator_events ie ON ie.indicator_id = pr.indicator_id AND ie.event_id = pa.event_id
  JOIN people pe ON pe.id = pr.person_id
  GROUP BY pr.indicator_id, pr.person_id, ie.period_id, pe.sex
$$;
--> statement-breakpoint

-- The people whole indicators reach now, per period (set-based, for rebuilds and checks).
CREATE FUNCTION figure_people_of_indicators(indicator_ids uuid[])
RETURNS TABLE (indicator_id uuid, person_id uuid, period_id uuid, sex text, participations int)
LANGUAGE sql STABLE SET plan_cache_mode = force_custom_plan AS $$
  SELECT ie.indicator_id, pa.person_id, ie.period_id, pe.sex, count(*)::int
  FROM indicator_events ie
  JOIN indicators i ON i.id = ie.indicator_id AND i.activity_source ->> 'measure' IN ('unique_people', 'participations')
  JOIN participations pa ON pa.event_id = ie.event_id
    AND (i.activity_source -> 'roles') @> to_jsonb(pa.role)
    AND (pa.attended OR NOT coalesce((i.activity_source ->> 'attendedOnly')::boolean, false))
  JOIN people pe ON pe.id = pa.person_id
  WHERE ie.indicator_id = ANY (indicator_ids)
  GROUP BY ie.indicator_id, pa.person_id, ie.period_id, pe.sex
$$;
--> statement-breakpoint

-- The activity-fed indicators on some nodes or above them.
CREATE FUNCTION figure_indicators_above(node_ids uuid[]) RETURNS uuid[]
LANGUAGE sql STABLE SET plan_cache_mode = force_custom_plan AS $$
  WITH RECURSIVE up (id, parent_id) AS (
    SELECT n.id, n.parent_id FROM framework_nodes n WHERE n.id = ANY (node_ids)
    UNION
    SELECT n.id, n.parent_id FROM framework_nodes n JOIN up ON n.id = up.parent_id
  )
  SELECT coalesce(array_agg(DISTINCT i.id), '{}')
  FROM indicators i JOIN up ON i.framework_node_id = up.id
  WHERE figure_measure_kept(i.activity_source)
$$;
--> statement-breakpoint

-- Recounts some (indicator, person) pairs (zipped arrays): new rows against the old ones, the
-- differences added to the figures, then the rows replaced.
CREATE FUNCTION refresh_indicator_people(indicator_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  n_indicator uuid[]; n_person uuid[]; n_period uuid[]; n_sex text[]; n_count int[];
BEGIN
  IF indicator_ids IS NULL OR cardinality(indicator_ids) = 0 THEN
    RETURN;
  END IF;
  PERFORM 1 FROM people WHERE id = ANY (person_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT array_agg(f.indicator_id), array_agg(f.person_id), array_agg(f.period_id), array_agg(f.sex),
    array_agg(f.participations)
  INTO n_indicator, n_person, n_period, n_sex, n_count
  FROM figure_people_of_pairs(indicator_ids, person_ids) f;

  WITH pairs AS (
    SELECT DISTINCT * FROM unnest(indicator_ids, person_ids) AS u (indicator_id, person_id)
  ), old AS (
    SELECT ip.indicator_id, ip.person_id, ip.period_id, ip.sex, ip.participations
    FROM indicator_people ip JOIN pairs USING (indicator_id, person_id)
  ), new AS (
    SELECT * FROM unnest(n_indicator, n_person, n_period, n_sex, n_count)
      AS n (indicator_id, person_id, period_id, sex, participations)
  ), old_first AS (
    SELECT DISTINCT ON (o.indicator_id, o.person_id) o.indicator_id, o.period_id, o.sex
    FROM old o JOIN reporting_periods p ON p.id = o.period_id
    ORDER BY o.indicator_id, o.person_id, p.starts_on
  ), new_first AS (
    SELECT DISTINCT ON (n.indicator_id, n.person_id) n.indicator_id, n.period_id, n.sex
    FROM new n JOIN reporting_periods p ON p.id = n.period_id
    ORDER BY n.indicator_id, n.person_id, p.starts_on
  ), delta AS (
    SELECT indicator_id, period_id, sex, sum(dp)::int AS dp, sum(df)::int AS df, sum(dn)::int AS dn
    FROM (
      SELECT indicator_id, period_id, sex, 1 AS dp, 0 AS df, participations AS dn FROM new
      UNION ALL SELECT indicator_id, period_id, sex, -1, 0, -participations FROM old
      UNION ALL SELECT indicator_id, period_id, sex, 0, 1, 0 FROM new_first
      UNION ALL SELECT indicator_id, period_id, sex, 0, -1, 0 FROM old_first
    ) d
    GROUP BY indicator_id, period_id, sex
    HAVING sum(dp) <> 0 OR sum(df) <> 0 OR sum(dn) <> 0
  )
  INSERT INTO indicator_period_figures AS f (indicator_id, period_id, sex, people, first_people, participations)
  SELECT indicator_id, period_id, sex, dp, df, dn FROM delta
  ORDER BY indicator_id, period_id, sex
  ON CONFLICT (indicator_id, period_id, sex) DO UPDATE SET
    people = f.people + excluded.people,
    first_people = f.first_people + excluded.first_people,
    participations = f.participations + excluded.participations;

  DELETE FROM indicator_people ip
  USING (SELECT DISTINCT * FROM unnest(indicator_ids, person_ids) AS u (indicator_id, person_id)) pairs
  WHERE ip.indicator_id = pairs.indicator_id AND ip.person_id = pairs.person_id;
  INSERT INTO indicator_people (indicator_id, person_id, period_id, sex, participations)
  SELECT * FROM unnest(n_indicator, n_person, n_period, n_sex, n_count);
END;
$$;
--> statement-breakpoint

-- Recounts which of some events feed some indicators (every pair of the two lists), adds the
-- differences to the events figures, then recounts the people those events' participants are to
-- the indicators. Without event_ids, whole indicators are recounted by rebuild_indicator_figures.
CREATE FUNCTION refresh_indicator_events(indicator_ids uuid[], event_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  n_indicator uuid[]; n_event uuid[]; n_period uuid[];
  pair_indicator uuid[]; pair_person uuid[];
BEGIN
  IF indicator_ids IS NULL OR cardinality(indicator_ids) = 0 OR event_ids IS NULL OR cardinality(event_ids) = 0 THEN
    RETURN;
  END IF;
  SELECT array_agg(m.indicator_id), array_agg(m.event_id), array_agg(m.period_id)
  INTO n_indicator, n_event, n_period
  FROM figure_event_matches(indicator_ids, event_ids) m;

  WITH old AS (
    SELECT ie.indicator_id, ie.period_id FROM indicator_events ie
    WHERE ie.indicator_id = ANY (indicator_ids) AND ie.event_id = ANY (event_ids)
  ), new AS (
    SELECT * FROM unnest(n_indicator, n_period) AS n (indicator_id, period_id)
  ), delta AS (
    SELECT indicator_id, period_id, sum(d)::int AS d
    FROM (SELECT indicator_id, period_id, 1 AS d FROM new UNION ALL SELECT indicator_id, period_id, -1 FROM old) x
    GROUP BY indicator_id, period_id
    HAVING sum(d) <> 0
  )
  INSERT INTO indicator_period_figures AS f (indicator_id, period_id, sex, events)
  SELECT indicator_id, period_id, '', d FROM delta
  ORDER BY indicator_id, period_id
  ON CONFLICT (indicator_id, period_id, sex) DO UPDATE SET events = f.events + excluded.events;

  DELETE FROM indicator_events ie WHERE ie.indicator_id = ANY (indicator_ids) AND ie.event_id = ANY (event_ids);
  INSERT INTO indicator_events (indicator_id, event_id, period_id)
  SELECT * FROM unnest(n_indicator, n_event, n_period);

  -- Every participant of these events, to every indicator in question; and the people the
  -- indicators already counted through these events' participants (gone with a deleted event).
  SELECT array_agg(i.id), array_agg(pa.person_id)
  INTO pair_indicator, pair_person
  FROM unnest(indicator_ids) AS i (id)
  JOIN indicators ind ON ind.id = i.id AND ind.activity_source ->> 'measure' IN ('unique_people', 'participations')
  CROSS JOIN LATERAL (
    SELECT DISTINCT p.person_id FROM participations p WHERE p.event_id = ANY (event_ids)
  ) pa;
  PERFORM refresh_indicator_people(pair_indicator, pair_person);
END;
$$;
--> statement-breakpoint

-- Every fact of whole indicators from the raw rows: for a new or changed indicator, a moved node,
-- a changed period. Other writers of the facts wait until it is done.
CREATE FUNCTION rebuild_indicator_figures(indicator_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
BEGIN
  IF indicator_ids IS NULL OR cardinality(indicator_ids) = 0 THEN
    RETURN;
  END IF;
  LOCK TABLE indicator_events, indicator_people, indicator_period_figures IN SHARE ROW EXCLUSIVE MODE;
  DELETE FROM indicator_period_figures WHERE indicator_id = ANY (indicator_ids);
  DELETE FROM indicator_people WHERE indicator_id = ANY (indicator_ids);
  DELETE FROM indicator_events WHERE indicator_id = ANY (indicator_ids);
  INSERT INTO indicator_events (indicator_id, event_id, period_id)
  SELECT * FROM figure_event_matches(indicator_ids, NULL);
  INSERT INTO indicator_people (indicator_id, person_id, period_id, sex, participations)
  SELECT * FROM figure_people_of_indicators(indicator_ids);
  INSERT INTO indicator_period_figures (indicator_id, period_id, sex, people, first_people, participations, events)
  SELECT indicator_id, period_id, sex, sum(people)::int, sum(first_people)::int, sum(participations)::int,
    sum(events)::int
  FROM (
    SELECT ip.indicator_id, ip.period_id, ip.sex, 1 AS people, 0 AS first_people, ip.participations, 0 AS events
    FROM indicator_people ip WHERE ip.indicator_id = ANY (indicator_ids)
    UNION ALL
    (SELECT DISTINCT ON (ip.indicator_id, ip.person_id) ip.indicator_id, ip.period_id, ip.sex, 0, 1, 0, 0
     FROM indicator_people ip JOIN reporting_periods p ON p.id = ip.period_id
     WHERE ip.indicator_id = ANY (indicator_ids)
     ORDER BY ip.indicator_id, ip.person_id, p.starts_on)
    UNION ALL
    SELECT ie.indicator_id, ie.period_id, '', 0, 0, 0, 1
    FROM indicator_events ie WHERE ie.indicator_id = ANY (indicator_ids)
  ) parts
  GROUP BY indicator_id, period_id, sex;
END;
$$;
--> statement-breakpoint

-- Trigger functions: each reads its transition tables and hands the changed keys to the helpers.

-- Participations that changed, as (event, person) pairs: the indicators each pair's event feeds,
-- and those already counting its person through an event that is gone (deleted with its
-- participations), are recounted. Called by the one participations trigger (migration 0018), which
-- works out the changed pairs and locks their events once for every kept figure.
CREATE FUNCTION refresh_figures_of_participations(event_ids uuid[], person_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  pair_indicator uuid[];
  pair_person uuid[];
BEGIN
  SELECT array_agg(pair.indicator_id), array_agg(pair.person_id) INTO pair_indicator, pair_person
  FROM (
    SELECT ie.indicator_id, c.person_id
    FROM unnest(event_ids, person_ids) AS c (event_id, person_id)
    JOIN indicator_events ie ON ie.event_id = c.event_id
    UNION
    SELECT ip.indicator_id, ip.person_id
    FROM indicator_people ip
    WHERE ip.person_id = ANY (person_ids)
      AND EXISTS (SELECT 1 FROM unnest(event_ids) AS e (id) WHERE NOT EXISTS (SELECT 1 FROM events WHERE events.id = e.id))
  ) pair;
  PERFORM refresh_indicator_people(pair_indicator, pair_person);
END;
$$;
--> statement-breakpoint

-- Events whose counting facts changed (status, archiving, kind, start) or that were deleted, and
-- events whose framework links changed: the indicators above their nodes and those they fed.
CREATE FUNCTION refresh_figures_of_events(event_ids uuid[], node_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  indicator_ids uuid[];
BEGIN
  IF event_ids IS NULL OR cardinality(event_ids) = 0 THEN
    RETURN;
  END IF;
  SELECT figure_indicators_above(
    coalesce(node_ids, '{}') || coalesce((SELECT array_agg(efn.framework_node_id) FROM event_framework_nodes efn
      WHERE efn.event_id = ANY (event_ids)), '{}')
  ) || coalesce((SELECT array_agg(DISTINCT ie.indicator_id) FROM indicator_events ie WHERE ie.event_id = ANY (event_ids)), '{}')
  INTO indicator_ids;
  SELECT array_agg(DISTINCT x) INTO indicator_ids FROM unnest(indicator_ids) AS x;
  PERFORM refresh_indicator_events(indicator_ids, event_ids);
END;
$$;
--> statement-breakpoint

CREATE FUNCTION figures_on_events() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.id) INTO event_ids FROM old_rows o;
  ELSE
    SELECT array_agg(n.id) INTO event_ids
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.status, n.archived_at IS NULL, n.kind, n.starts_on)
      IS DISTINCT FROM (o.status, o.archived_at IS NULL, o.kind, o.starts_on);
  END IF;
  PERFORM refresh_figures_of_events(event_ids, NULL);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION figures_on_event_links() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  event_ids uuid[];
  node_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.event_id), array_agg(n.framework_node_id) INTO event_ids, node_ids FROM new_rows n;
  ELSE
    SELECT array_agg(o.event_id), array_agg(o.framework_node_id) INTO event_ids, node_ids FROM old_rows o;
  END IF;
  SELECT array_agg(DISTINCT x) INTO event_ids FROM unnest(event_ids) AS x;
  PERFORM refresh_figures_of_events(event_ids, node_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION figures_on_indicators() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  indicator_ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.id) INTO indicator_ids FROM old_rows o;
    DELETE FROM indicator_period_figures WHERE indicator_id = ANY (indicator_ids);
    DELETE FROM indicator_people WHERE indicator_id = ANY (indicator_ids);
    DELETE FROM indicator_events WHERE indicator_id = ANY (indicator_ids);
    RETURN NULL;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.id) INTO indicator_ids FROM new_rows n WHERE figure_measure_kept(n.activity_source);
  ELSE
    SELECT array_agg(n.id) INTO indicator_ids
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (n.activity_source, n.framework_node_id, n.plan_id)
      IS DISTINCT FROM (o.activity_source, o.framework_node_id, o.plan_id);
  END IF;
  PERFORM rebuild_indicator_figures(indicator_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A moved or removed framework node, or a changed reporting period: every activity-fed indicator
-- of the plans concerned is rebuilt.
CREATE FUNCTION figures_on_plan_structure() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  plan_ids uuid[];
  indicator_ids uuid[];
BEGIN
  IF TG_TABLE_NAME = 'framework_nodes' THEN
    IF TG_OP = 'UPDATE' THEN
      SELECT array_agg(DISTINCT n.plan_id) INTO plan_ids
      FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE n.parent_id IS DISTINCT FROM o.parent_id;
    ELSE
      SELECT array_agg(DISTINCT o.plan_id) INTO plan_ids FROM old_rows o;
    END IF;
  ELSIF TG_OP = 'INSERT' THEN
    SELECT array_agg(DISTINCT n.plan_id) INTO plan_ids FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(DISTINCT o.plan_id) INTO plan_ids FROM old_rows o;
  ELSE
    SELECT array_agg(DISTINCT x) INTO plan_ids FROM (
      SELECT n.plan_id AS x FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.starts_on, n.ends_on, n.plan_id) IS DISTINCT FROM (o.starts_on, o.ends_on, o.plan_id)
      UNION SELECT o.plan_id FROM new_rows n JOIN old_rows o ON o.id = n.id
      WHERE (n.starts_on, n.ends_on, n.plan_id) IS DISTINCT FROM (o.starts_on, o.ends_on, o.plan_id)
    ) changed;
  END IF;
  IF plan_ids IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(i.id) INTO indicator_ids
  FROM indicators i WHERE i.plan_id = ANY (plan_ids) AND figure_measure_kept(i.activity_source);
  PERFORM rebuild_indicator_figures(indicator_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A person's sex changed: their rows move from one sex to the other.
CREATE FUNCTION figures_on_people() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  pair_indicator uuid[];
  pair_person uuid[];
BEGIN
  SELECT array_agg(ip.indicator_id), array_agg(ip.person_id) INTO pair_indicator, pair_person
  FROM (
    SELECT DISTINCT ip.indicator_id, ip.person_id
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    JOIN indicator_people ip ON ip.person_id = n.id
    WHERE n.sex IS DISTINCT FROM o.sex
  ) ip;
  PERFORM refresh_indicator_people(pair_indicator, pair_person);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION figures_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE indicator_period_figures, indicator_people, indicator_events;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER events_figures_update AFTER UPDATE ON events
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_events();
--> statement-breakpoint
CREATE TRIGGER events_figures_delete AFTER DELETE ON events
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_events();
--> statement-breakpoint
CREATE TRIGGER event_framework_nodes_figures_insert AFTER INSERT ON event_framework_nodes
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_event_links();
--> statement-breakpoint
CREATE TRIGGER event_framework_nodes_figures_delete AFTER DELETE ON event_framework_nodes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_event_links();
--> statement-breakpoint
CREATE TRIGGER indicators_figures_insert AFTER INSERT ON indicators
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_indicators();
--> statement-breakpoint
CREATE TRIGGER indicators_figures_update AFTER UPDATE ON indicators
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_indicators();
--> statement-breakpoint
CREATE TRIGGER indicators_figures_delete AFTER DELETE ON indicators
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_indicators();
--> statement-breakpoint
CREATE TRIGGER framework_nodes_figures_update AFTER UPDATE ON framework_nodes
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_plan_structure();
--> statement-breakpoint
CREATE TRIGGER framework_nodes_figures_delete AFTER DELETE ON framework_nodes
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_plan_structure();
--> statement-breakpoint
CREATE TRIGGER reporting_periods_figures_insert AFTER INSERT ON reporting_periods
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_plan_structure();
--> statement-breakpoint
CREATE TRIGGER reporting_periods_figures_update AFTER UPDATE ON reporting_periods
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_plan_structure();
--> statement-breakpoint
CREATE TRIGGER reporting_periods_figures_delete AFTER DELETE ON reporting_periods
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_plan_structure();
--> statement-breakpoint
CREATE TRIGGER people_figures_update AFTER UPDATE ON people
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_on_people();
--> statement-breakpoint
CREATE TRIGGER participations_figures_truncate AFTER TRUNCATE ON participations
  FOR EACH STATEMENT EXECUTE FUNCTION figures_on_truncate();
--> statement-breakpoint

-- Backfill from the rows already there.
SELECT rebuild_indicator_figures(array_agg(id)) FROM indicators WHERE figure_measure_kept(activity_source);
