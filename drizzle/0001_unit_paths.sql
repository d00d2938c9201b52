-- The materialised path is kept by the database, not by callers: every insert path (the
-- national import's multi-row INSERTs, an admin adding an agency) gets it right the same way.
CREATE FUNCTION units_set_path() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  parent_path text;
  parent_depth smallint;
BEGIN
  IF NEW.parent_id IS NULL THEN
    NEW.path := '/' || NEW.id || '/';
    NEW.depth := 0;
  ELSE
    SELECT path, depth INTO parent_path, parent_depth FROM units WHERE id = NEW.parent_id;
    IF parent_path IS NULL THEN
      RAISE EXCEPTION 'parent unit % does not exist', NEW.parent_id;
    END IF;
    NEW.path := parent_path || NEW.id || '/';
    NEW.depth := parent_depth + 1;
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER units_set_path BEFORE INSERT ON units FOR EACH ROW EXECUTE FUNCTION units_set_path();
--> statement-breakpoint
-- Re-parenting would leave the subtree's paths stale; units are never moved.
CREATE FUNCTION units_keep_place() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.parent_id IS DISTINCT FROM OLD.parent_id OR NEW.path <> OLD.path THEN
    RAISE EXCEPTION 'units cannot be moved in the tree';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER units_keep_place BEFORE UPDATE ON units FOR EACH ROW EXECUTE FUNCTION units_keep_place();
