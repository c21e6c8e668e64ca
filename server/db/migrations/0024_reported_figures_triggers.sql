-- The reported figures (reported_cells, reported_period_figures), kept by the triggers below from
-- the values of approved submissions; never written by the app. See docs/decisions/011.
--
--   reported_cells: per approved submission and indicator, its total (the value given for the
--     total, else the sum of its category combinations) and the sums of the combinations with each
--     sex ("sex=<code>" among the key's pairs);
--   reported_period_figures: per indicator and period, those figures added up across
--     organisations, with how many organisations gave each, so a sum or a mean is one row. Kept
--     by adding differences, which row locks serialise (taken in key order).

-- Recounts some (submission, indicator) pairs (zipped arrays) from their values: new cells against
-- the old ones, the differences added to the period figures, then the cells replaced.
CREATE FUNCTION refresh_reported_cells(submission_ids uuid[], indicator_ids uuid[])
RETURNS void LANGUAGE plpgsql SET plan_cache_mode = force_custom_plan AS $$
DECLARE
  n_submission uuid[]; n_indicator uuid[]; n_period uuid[];
  n_actual numeric[]; n_female numeric[]; n_male numeric[];
BEGIN
  IF submission_ids IS NULL OR cardinality(submission_ids) = 0 THEN
    RETURN;
  END IF;
  -- One recount of a submission's cells at a time.
  PERFORM 1 FROM submissions WHERE id = ANY (submission_ids) ORDER BY id FOR NO KEY UPDATE;
  SELECT array_agg(c.submission_id), array_agg(c.indicator_id), array_agg(c.period_id),
    array_agg(c.actual), array_agg(c.female), array_agg(c.male)
  INTO n_submission, n_indicator, n_period, n_actual, n_female, n_male
  FROM (
    SELECT v.submission_id, v.indicator_id, s.reporting_period_id AS period_id,
      coalesce(max(v.value) FILTER (WHERE v.category_key = ''),
        sum(v.value) FILTER (WHERE v.category_key <> '')) AS actual,
      sum(v.value) FILTER (WHERE ';' || v.category_key || ';' LIKE '%;sex=female;%') AS female,
      sum(v.value) FILTER (WHERE ';' || v.category_key || ';' LIKE '%;sex=male;%') AS male
    FROM (SELECT DISTINCT * FROM unnest(submission_ids, indicator_ids) AS u (submission_id, indicator_id)) pairs
    JOIN indicator_values v ON v.submission_id = pairs.submission_id AND v.indicator_id = pairs.indicator_id
    JOIN submissions s ON s.id = v.submission_id
    WHERE s.status = 'approved'
    GROUP BY v.submission_id, v.indicator_id, s.reporting_period_id
  ) c;

  WITH pairs AS (
    SELECT DISTINCT * FROM unnest(submission_ids, indicator_ids) AS u (submission_id, indicator_id)
  ), old AS (
    SELECT rc.indicator_id, rc.period_id, rc.actual, rc.female, rc.male
    FROM reported_cells rc JOIN pairs USING (submission_id, indicator_id)
  ), new AS (
    SELECT n.indicator_id, n.period_id, n.actual, n.female, n.male
    FROM unnest(n_submission, n_indicator, n_period, n_actual, n_female, n_male)
      AS n (submission_id, indicator_id, period_id, actual, female, male)
  ), delta AS (
    SELECT indicator_id, period_id,
      coalesce(sum(sign * actual), 0) AS actual_sum, sum(sign * (actual IS NOT NULL)::int)::int AS actual_count,
      coalesce(sum(sign * female), 0) AS female_sum, sum(sign * (female IS NOT NULL)::int)::int AS female_count,
      coalesce(sum(sign * male), 0) AS male_sum, sum(sign * (male IS NOT NULL)::int)::int AS male_count
    FROM (
      SELECT 1 AS sign, * FROM new
      UNION ALL SELECT -1, * FROM old
    ) d
    GROUP BY indicator_id, period_id
  )
  INSERT INTO reported_period_figures AS f (indicator_id, period_id, actual_sum, actual_count,
    female_sum, female_count, male_sum, male_count)
  SELECT * FROM delta
  ORDER BY indicator_id, period_id
  ON CONFLICT (indicator_id, period_id) DO UPDATE SET
    actual_sum = f.actual_sum + excluded.actual_sum, actual_count = f.actual_count + excluded.actual_count,
    female_sum = f.female_sum + excluded.female_sum, female_count = f.female_count + excluded.female_count,
    male_sum = f.male_sum + excluded.male_sum, male_count = f.male_count + excluded.male_count;

  DELETE FROM reported_cells rc
  USING (SELECT DISTINCT * FROM unnest(submission_ids, indicator_ids) AS u (submission_id, indicator_id)) pairs
  WHERE rc.submission_id = pairs.submission_id AND rc.indicator_id = pairs.indicator_id;
  INSERT INTO reported_cells (submission_id, indicator_id, period_id, actual, female, male)
  SELECT * FROM unnest(n_submission, n_indicator, n_period, n_actual, n_female, n_male);
END;
$$;
--> statement-breakpoint

-- Values added, changed or removed: their (submission, indicator) pairs.
CREATE FUNCTION reported_on_values() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  s_ids uuid[]; i_ids uuid[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(n.submission_id), array_agg(n.indicator_id) INTO s_ids, i_ids FROM new_rows n;
  ELSIF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.submission_id), array_agg(o.indicator_id) INTO s_ids, i_ids FROM old_rows o;
  ELSE
    SELECT array_agg(c.submission_id), array_agg(c.indicator_id) INTO s_ids, i_ids
    FROM (
      SELECT o.submission_id, o.indicator_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.submission_id, o.indicator_id, o.category_key, o.value)
        IS DISTINCT FROM (n.submission_id, n.indicator_id, n.category_key, n.value)
      UNION
      SELECT n.submission_id, n.indicator_id FROM old_rows o JOIN new_rows n ON n.id = o.id
      WHERE (o.submission_id, o.indicator_id, o.category_key, o.value)
        IS DISTINCT FROM (n.submission_id, n.indicator_id, n.category_key, n.value)
    ) c;
  END IF;
  PERFORM refresh_reported_cells(s_ids, i_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

-- A submission approved, sent back, moved to another period, or deleted: every pair it had cells
-- or values for.
CREATE FUNCTION reported_on_submissions() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  changed uuid[]; s_ids uuid[]; i_ids uuid[];
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT array_agg(o.id) INTO changed FROM old_rows o;
  ELSE
    SELECT array_agg(n.id) INTO changed
    FROM new_rows n JOIN old_rows o ON o.id = n.id
    WHERE (o.status, o.reporting_period_id) IS DISTINCT FROM (n.status, n.reporting_period_id);
  END IF;
  IF changed IS NULL THEN
    RETURN NULL;
  END IF;
  SELECT array_agg(p.submission_id), array_agg(p.indicator_id) INTO s_ids, i_ids
  FROM (
    SELECT rc.submission_id, rc.indicator_id FROM reported_cells rc WHERE rc.submission_id = ANY (changed)
    UNION
    SELECT v.submission_id, v.indicator_id FROM indicator_values v WHERE v.submission_id = ANY (changed)
  ) p;
  PERFORM refresh_reported_cells(s_ids, i_ids);
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE FUNCTION reported_on_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  TRUNCATE reported_cells, reported_period_figures;
  RETURN NULL;
END;
$$;
--> statement-breakpoint

CREATE TRIGGER indicator_values_reported_insert AFTER INSERT ON indicator_values
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reported_on_values();
--> statement-breakpoint
CREATE TRIGGER indicator_values_reported_update AFTER UPDATE ON indicator_values
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reported_on_values();
--> statement-breakpoint
CREATE TRIGGER indicator_values_reported_delete AFTER DELETE ON indicator_values
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reported_on_values();
--> statement-breakpoint
CREATE TRIGGER submissions_reported_update AFTER UPDATE ON submissions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reported_on_submissions();
--> statement-breakpoint
CREATE TRIGGER submissions_reported_delete AFTER DELETE ON submissions
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reported_on_submissions();
--> statement-breakpoint
CREATE TRIGGER indicator_values_reported_truncate AFTER TRUNCATE ON indicator_values
  FOR EACH STATEMENT EXECUTE FUNCTION reported_on_truncate();
--> statement-breakpoint
CREATE TRIGGER submissions_reported_truncate AFTER TRUNCATE ON submissions
  FOR EACH STATEMENT EXECUTE FUNCTION reported_on_truncate();
--> statement-breakpoint

-- Backfill from the values already there.
SELECT refresh_reported_cells(array_agg(p.submission_id), array_agg(p.indicator_id))
FROM (
  SELECT DISTINCT v.submission_id, v.indicator_id
  FROM indicator_values v JOIN submissions s ON s.id = v.submission_id
  WHERE s.status = 'approved'
) p;
