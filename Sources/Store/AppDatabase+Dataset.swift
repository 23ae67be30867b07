import Domain
import GRDB

extension AppDatabase {
    /// Loads a whole data set in one transaction: all of it, or nothing.
    public func insertDataset(_ dataset: Dataset, label: String) throws {
        try write { db in
            try AreaTable.insert(dataset.areas, db)
            try VenueTable.insert(dataset.venues, db)
            try ExpertTable.insert(dataset.experts, db)
            try CaseTable.insert(dataset.cases, db)
            for profile in dataset.weights { try WeightsTable.insert(profile, db) }
            try AssignmentTable.insert(dataset.assignments, db)
            try PanelTable.replace(dataset.panelRequirements, db)
            try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('dataset', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                arguments: [label])
        }
    }

    /// True when no expert, case or area is stored yet.
    public func isEmpty() throws -> Bool {
        try writer.read { db in
            try Bool.fetchOne(db, sql: """
                SELECT NOT EXISTS (SELECT 1 FROM area) AND NOT EXISTS (SELECT 1 FROM expert)
                    AND NOT EXISTS (SELECT 1 FROM dispute_case)
                """) ?? true
        }
    }
}
