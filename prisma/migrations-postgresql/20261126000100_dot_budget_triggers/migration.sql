-- Written by hand: the dot budget of prisma/migrations/*_dot_votes_private_marks, as PostgreSQL triggers raising
-- the same messages (server/domain/dot-votes/trigger-refusal.ts turns them into 409 answers). SQLite runs one
-- writer at a time; here parallel inserts would each count the others out, so each waits for a transaction-level
-- lock on what it counts: the person's dots in the round, the session's rounds. "endsAt" is UTC wall time.

CREATE FUNCTION "Dot_budget"() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    round "DotRound"%ROWTYPE;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('Dot_budget'), hashtext(NEW."roundId" || '/' || NEW."userId"));
    SELECT * INTO round FROM "DotRound" WHERE "id" = NEW."roundId" FOR SHARE;
    IF NOT FOUND OR round."status" <> 'open' OR (round."endsAt" IS NOT NULL AND round."endsAt" <= (now() AT TIME ZONE 'UTC')) THEN
        RAISE EXCEPTION 'round_closed';
    END IF;
    IF (SELECT COUNT(*) FROM "Dot" WHERE "roundId" = NEW."roundId" AND "userId" = NEW."userId") >= round."dots" THEN
        RAISE EXCEPTION 'no_dots_left';
    END IF;
    IF (SELECT COUNT(*) FROM "Dot" WHERE "roundId" = NEW."roundId" AND "userId" = NEW."userId"
        AND "itemType" = NEW."itemType" AND "itemId" = NEW."itemId" AND "layerId" = NEW."layerId") >= round."perItemMax" THEN
        RAISE EXCEPTION 'dots_item_max';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "Dot_budget" BEFORE INSERT ON "Dot" FOR EACH ROW EXECUTE FUNCTION "Dot_budget"();

-- One open round at a time in a session.
CREATE FUNCTION "DotRound_one_open"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('DotRound_one_open'), hashtext(NEW."sessionId"));
    IF EXISTS (SELECT 1 FROM "DotRound" WHERE "sessionId" = NEW."sessionId" AND "status" = 'open'
        AND ("endsAt" IS NULL OR "endsAt" > (now() AT TIME ZONE 'UTC'))) THEN
        RAISE EXCEPTION 'round_already_open';
    END IF;
    RETURN NEW;
END;
$$;

CREATE TRIGGER "DotRound_one_open" BEFORE INSERT ON "DotRound" FOR EACH ROW WHEN (NEW."status" = 'open') EXECUTE FUNCTION "DotRound_one_open"();
