import GRDB

extension AppDatabase {
    /// The schema's history. Each migration is a frozen string of SQL: it never names an app type and
    /// is never edited once shipped; a change to the schema is a new migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: reference data, experts, cases, assignments, sessions, weights, users, audit") { db in
            try db.execute(sql: v1)
        }
        migrator.registerMigration("v2: dated availability exceptions, party availability windows") { db in
            try db.execute(sql: v2)
        }
        migrator.registerMigration("v3: evidence lists of police referrals") { db in
            try db.execute(sql: v3)
        }
        migrator.registerMigration("v4: API bearer tokens, stored hashed") { db in
            try db.execute(sql: v4)
        }
        migrator.registerMigration("v5: page sessions, stored hashed, with their CSRF tokens") { db in
            try db.execute(sql: v5)
        }
        migrator.registerMigration("v6: calendar feed secrets, one per expert login, stored hashed") { db in
            try db.execute(sql: v6)
        }
        return migrator
    }
}

private let v1 = """
    CREATE TABLE meta (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    ) WITHOUT ROWID;

    CREATE TABLE area (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        level TEXT NOT NULL CHECK (level IN ('district', 'subdistrict', 'community')),
        parent_id TEXT REFERENCES area(id),
        name_zh TEXT NOT NULL CHECK (trim(name_zh) <> ''),
        pinyin TEXT NOT NULL,
        latitude REAL NOT NULL CHECK (latitude BETWEEN -90 AND 90),
        longitude REAL NOT NULL CHECK (longitude BETWEEN -180 AND 180),
        is_synthetic INTEGER NOT NULL CHECK (is_synthetic IN (0, 1)),
        CHECK ((level = 'district') = (parent_id IS NULL))
    );

    CREATE TABLE venue (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('centre', 'station', 'community_room', 'police_room', 'online')),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        area_id TEXT NOT NULL REFERENCES area(id),
        address TEXT NOT NULL,
        latitude REAL CHECK (latitude BETWEEN -90 AND 90),
        longitude REAL CHECK (longitude BETWEEN -180 AND 180),
        capacity INTEGER CHECK (capacity > 0),
        CHECK ((kind = 'online') = (latitude IS NULL)),
        CHECK ((latitude IS NULL) = (longitude IS NULL)),
        CHECK ((kind = 'online') = (capacity IS NULL))
    );

    CREATE TABLE venue_opening (
        venue_id TEXT NOT NULL REFERENCES venue(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
        CHECK (start_minute < end_minute),
        PRIMARY KEY (venue_id, weekday, start_minute)
    ) WITHOUT ROWID;

    CREATE TABLE expert (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        team TEXT CHECK (team IN ('minors', 'elderly', 'family', 'tort')),
        home_community_id TEXT NOT NULL REFERENCES area(id),
        advises_community_id TEXT REFERENCES area(id),
        capacity INTEGER NOT NULL CHECK (capacity >= 0),
        is_active INTEGER NOT NULL CHECK (is_active IN (0, 1)),
        joined_on TEXT NOT NULL CHECK (date(joined_on) IS joined_on)
    );
    CREATE UNIQUE INDEX expert_one_adviser_per_community ON expert(advises_community_id)
        WHERE advises_community_id IS NOT NULL;

    CREATE TABLE expert_role (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        role TEXT NOT NULL CHECK (role IN ('mediator', 'lawyer', 'psychologist', 'panelist')),
        PRIMARY KEY (expert_id, role)
    ) WITHOUT ROWID;
    CREATE INDEX expert_role_by_role ON expert_role(role);

    CREATE TABLE expert_specialty (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        dispute_type TEXT NOT NULL CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOR', 'HOUSING_LAND',
            'CONTRACT', 'BUSINESS', 'DAMAGES', 'FOREST_LAND', 'DEMOLITION', 'ENVIRONMENT', 'LABOR', 'CONSUMER',
            'MEDICAL', 'TRAFFIC', 'PROPERTY_MGMT', 'OTHER')),
        level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
        position INTEGER NOT NULL,
        PRIMARY KEY (expert_id, dispute_type)
    ) WITHOUT ROWID;

    CREATE TABLE expert_language (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        language TEXT NOT NULL CHECK (language IN ('zh', 'zh-dalian', 'ko', 'ja', 'en', 'csl')),
        PRIMARY KEY (expert_id, language)
    ) WITHOUT ROWID;

    CREATE TABLE expert_credential (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        credential TEXT NOT NULL CHECK (credential IN ('licensed_lawyer', 'certified_counsellor', 'senior_mediator',
            'gold_medal_mediator', 'provincial_meritorious_mediator', 'retired_judge')),
        PRIMARY KEY (expert_id, credential)
    ) WITHOUT ROWID;

    CREATE TABLE expert_availability (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
        CHECK (start_minute < end_minute),
        PRIMARY KEY (expert_id, weekday, start_minute)
    ) WITHOUT ROWID;

    CREATE TABLE expert_leave (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        from_day TEXT NOT NULL CHECK (date(from_day) IS from_day),
        through_day TEXT NOT NULL CHECK (date(through_day) IS through_day),
        CHECK (from_day <= through_day),
        PRIMARY KEY (expert_id, from_day)
    ) WITHOUT ROWID;

    CREATE TABLE expert_relation (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        subject_kind TEXT NOT NULL CHECK (subject_kind IN ('person', 'organisation')),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        masked_identity TEXT CHECK (masked_identity IS NULL
            OR (length(masked_identity) = 18 AND substr(masked_identity, 7, 8) = '********')),
        nature TEXT NOT NULL CHECK (nature IN ('relative', 'friend', 'colleague', 'employer', 'client',
            'business', 'neighbour', 'other')),
        CHECK (subject_kind = 'person' OR masked_identity IS NULL),
        PRIMARY KEY (expert_id, position)
    ) WITHOUT ROWID;

    CREATE TABLE party (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation')),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        masked_identity TEXT CHECK (masked_identity IS NULL
            OR (length(masked_identity) = 18 AND substr(masked_identity, 7, 8) = '********')),
        organisation TEXT,
        CHECK (kind = 'person' OR masked_identity IS NULL)
    );

    CREATE TABLE dispute_case (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        dispute_type TEXT NOT NULL CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOR', 'HOUSING_LAND',
            'CONTRACT', 'BUSINESS', 'DAMAGES', 'FOREST_LAND', 'DEMOLITION', 'ENVIRONMENT', 'LABOR', 'CONSUMER',
            'MEDICAL', 'TRAFFIC', 'PROPERTY_MGMT', 'OTHER')),
        difficulty TEXT NOT NULL CHECK (difficulty IN ('ordinary', 'difficult', 'major')),
        source TEXT NOT NULL CHECK (source IN ('walk_in', 'police', 'court', 'online', 'hotline')),
        referral_number TEXT CHECK (referral_number IS NULL OR trim(referral_number) <> ''),
        community_id TEXT NOT NULL REFERENCES area(id),
        summary TEXT NOT NULL,
        amount_yuan INTEGER CHECK (amount_yuan >= 0),
        language TEXT NOT NULL CHECK (language IN ('zh', 'zh-dalian', 'ko', 'ja', 'en', 'csl')),
        allows_online INTEGER NOT NULL CHECK (allows_online IN (0, 1)),
        prior_mediations INTEGER NOT NULL CHECK (prior_mediations >= 0),
        petitions INTEGER NOT NULL CHECK (petitions >= 0),
        escalation_risk INTEGER NOT NULL CHECK (escalation_risk IN (0, 1)),
        opened_on TEXT NOT NULL CHECK (date(opened_on) IS opened_on),
        deadline TEXT NOT NULL CHECK (date(deadline) IS deadline AND deadline >= opened_on),
        status TEXT NOT NULL CHECK (status IN ('intake', 'matching', 'assigned', 'scheduled', 'in_mediation', 'closed')),
        outcome TEXT CHECK (outcome IN ('settled', 'not_settled', 'withdrawn', 'referred_to_court')),
        satisfaction TEXT CHECK (satisfaction IN ('satisfied', 'basically_satisfied', 'dissatisfied')),
        closed_on TEXT CHECK (closed_on IS NULL OR (date(closed_on) IS closed_on AND closed_on >= opened_on)),
        CHECK ((status = 'closed') = (outcome IS NOT NULL)),
        CHECK ((status = 'closed') = (closed_on IS NOT NULL)),
        CHECK (status = 'closed' OR satisfaction IS NULL),
        CHECK (source NOT IN ('police', 'court') OR referral_number IS NOT NULL)
    );
    CREATE INDEX dispute_case_by_status ON dispute_case(status, deadline);
    CREATE INDEX dispute_case_by_closing ON dispute_case(closed_on) WHERE closed_on IS NOT NULL;
    CREATE UNIQUE INDEX dispute_case_one_per_referral ON dispute_case(source, referral_number)
        WHERE referral_number IS NOT NULL;

    CREATE TABLE case_party (
        case_id TEXT NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
        party_id TEXT NOT NULL REFERENCES party(id),
        role TEXT NOT NULL CHECK (role IN ('applicant', 'respondent', 'third_party')),
        position INTEGER NOT NULL,
        PRIMARY KEY (case_id, party_id)
    ) WITHOUT ROWID;
    CREATE INDEX case_party_by_party ON case_party(party_id);

    CREATE TABLE case_veto (
        case_id TEXT NOT NULL,
        party_id TEXT NOT NULL,
        expert_id TEXT NOT NULL REFERENCES expert(id),
        PRIMARY KEY (case_id, party_id, expert_id),
        FOREIGN KEY (case_id, party_id) REFERENCES case_party(case_id, party_id) ON DELETE CASCADE
    ) WITHOUT ROWID;

    CREATE TABLE weights_profile (
        version INTEGER PRIMARY KEY CHECK (version >= 1),
        name TEXT NOT NULL CHECK (trim(name) <> ''),
        weights TEXT NOT NULL CHECK (json_valid(weights)),
        rules TEXT NOT NULL CHECK (json_valid(rules)),
        created_at TEXT NOT NULL,
        created_by TEXT NOT NULL,
        note TEXT NOT NULL
    );

    CREATE TABLE weights_activation (
        id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL REFERENCES weights_profile(version),
        activated_at TEXT NOT NULL,
        activated_by TEXT NOT NULL CHECK (trim(activated_by) <> ''),
        reason TEXT NOT NULL CHECK (trim(reason) <> '')
    );

    CREATE TABLE panel_seat (
        dispute_type TEXT NOT NULL CHECK (dispute_type IN ('MARRIAGE_FAMILY', 'NEIGHBOR', 'HOUSING_LAND',
            'CONTRACT', 'BUSINESS', 'DAMAGES', 'FOREST_LAND', 'DEMOLITION', 'ENVIRONMENT', 'LABOR', 'CONSUMER',
            'MEDICAL', 'TRAFFIC', 'PROPERTY_MGMT', 'OTHER')),
        difficulty TEXT NOT NULL CHECK (difficulty IN ('ordinary', 'difficult', 'major')),
        position INTEGER NOT NULL CHECK (position >= 0),
        role TEXT NOT NULL CHECK (role IN ('mediator', 'lawyer', 'psychologist', 'panelist')),
        credentials TEXT NOT NULL,
        PRIMARY KEY (dispute_type, difficulty, position)
    ) WITHOUT ROWID;

    CREATE TABLE assignment (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        case_id TEXT NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
        seat INTEGER NOT NULL CHECK (seat >= 0),
        role TEXT NOT NULL CHECK (role IN ('mediator', 'lawyer', 'psychologist', 'panelist')),
        expert_id TEXT NOT NULL REFERENCES expert(id),
        status TEXT NOT NULL CHECK (status IN ('offered', 'accepted', 'declined', 'expired', 'released')),
        score REAL CHECK (score IS NULL OR score BETWEEN 0 AND 1),
        breakdown TEXT NOT NULL CHECK (json_valid(breakdown)),
        weights_version INTEGER REFERENCES weights_profile(version),
        offered_at TEXT NOT NULL,
        responded_at TEXT,
        reason TEXT
    );
    CREATE UNIQUE INDEX assignment_one_holder_per_seat ON assignment(case_id, seat)
        WHERE status IN ('offered', 'accepted');
    CREATE UNIQUE INDEX assignment_one_seat_per_person ON assignment(case_id, expert_id)
        WHERE status IN ('offered', 'accepted');
    CREATE INDEX assignment_by_expert ON assignment(expert_id, status);

    CREATE TABLE session (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        case_id TEXT NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
        venue_id TEXT NOT NULL REFERENCES venue(id),
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL CHECK (ends_at > starts_at),
        status TEXT NOT NULL CHECK (status IN ('proposed', 'confirmed', 'cancelled', 'held')),
        revision INTEGER NOT NULL CHECK (revision >= 0)
    );
    CREATE INDEX session_by_start ON session(starts_at);

    CREATE TABLE session_member (
        session_id TEXT NOT NULL REFERENCES session(id) ON DELETE CASCADE,
        expert_id TEXT NOT NULL REFERENCES expert(id),
        position INTEGER NOT NULL,
        PRIMARY KEY (session_id, expert_id)
    ) WITHOUT ROWID;
    CREATE INDEX session_member_by_expert ON session_member(expert_id);

    CREATE TABLE app_user (
        id TEXT PRIMARY KEY NOT NULL CHECK (id <> ''),
        username TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (trim(username) <> ''),
        display_name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('coordinator', 'expert', 'administrator')),
        expert_id TEXT REFERENCES expert(id),
        password_hash TEXT NOT NULL CHECK (password_hash <> ''),
        is_active INTEGER NOT NULL CHECK (is_active IN (0, 1)),
        created_at TEXT NOT NULL,
        CHECK ((role = 'expert') = (expert_id IS NOT NULL))
    );
    CREATE UNIQUE INDEX app_user_one_per_expert ON app_user(expert_id) WHERE expert_id IS NOT NULL;

    CREATE TABLE audit_event (
        sequence INTEGER PRIMARY KEY CHECK (sequence >= 1),
        at TEXT NOT NULL,
        actor TEXT NOT NULL CHECK (trim(actor) <> ''),
        action TEXT NOT NULL CHECK (trim(action) <> ''),
        record_type TEXT NOT NULL,
        record_id TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after)),
        reason TEXT,
        previous_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
    );
    CREATE TRIGGER audit_event_is_append_only_update BEFORE UPDATE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
    CREATE TRIGGER audit_event_is_append_only_delete BEFORE DELETE ON audit_event
    BEGIN SELECT RAISE(ABORT, 'audit events are append-only'); END;
    """

private let v2 = """
    CREATE TABLE expert_exception (
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        day TEXT NOT NULL CHECK (date(day) IS day),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
        kind TEXT NOT NULL CHECK (kind IN ('busy', 'free')),
        CHECK (start_minute < end_minute),
        PRIMARY KEY (expert_id, day, start_minute)
    ) WITHOUT ROWID;
    CREATE TABLE case_party_window (
        case_id TEXT NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
        weekday INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 7),
        start_minute INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1440),
        end_minute INTEGER NOT NULL CHECK (end_minute BETWEEN 0 AND 1440),
        CHECK (start_minute < end_minute),
        PRIMARY KEY (case_id, weekday, start_minute)
    ) WITHOUT ROWID;
    """

private let v3 = """
    CREATE TABLE case_evidence (
        case_id TEXT NOT NULL REFERENCES dispute_case(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        item TEXT NOT NULL CHECK (trim(item) <> ''),
        PRIMARY KEY (case_id, position)
    ) WITHOUT ROWID;
    """

private let v4 = """
    CREATE TABLE api_token (
        token_hash TEXT PRIMARY KEY NOT NULL CHECK (length(token_hash) = 64),
        user_id TEXT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        label TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
    ) WITHOUT ROWID;
    CREATE INDEX api_token_by_user ON api_token(user_id);
    """

private let v5 = """
    CREATE TABLE web_session (
        id_hash TEXT PRIMARY KEY NOT NULL CHECK (length(id_hash) = 64),
        user_id TEXT NOT NULL REFERENCES app_user(id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL CHECK (length(csrf_token) >= 32),
        created_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX web_session_by_user ON web_session(user_id);
    """

private let v6 = """
    CREATE TABLE calendar_feed (
        secret_hash TEXT PRIMARY KEY NOT NULL CHECK (length(secret_hash) = 64),
        user_id TEXT NOT NULL UNIQUE REFERENCES app_user(id) ON DELETE CASCADE,
        expert_id TEXT NOT NULL REFERENCES expert(id) ON DELETE CASCADE,
        created_at TEXT NOT NULL
    ) WITHOUT ROWID;
    """
