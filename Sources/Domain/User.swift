import Foundation

/// Someone who logs in: a coordinator, an expert (linked to one Expert) or an administrator.
public struct User: Hashable, Sendable, Codable, Identifiable {
    public typealias ID = Identifier<User>

    public enum Role: String, CaseIterable, Sendable, Codable {
        case coordinator, expert, administrator
    }

    public var id: ID
    public var username: String
    public var displayName: String
    public var role: Role
    /// Set exactly when the role is expert.
    public var expertID: Expert.ID?
    /// A bcrypt hash; the password itself is never stored.
    public var passwordHash: String
    public var isActive: Bool
    public var createdAt: Date

    public init(
        id: ID, username: String, displayName: String, role: Role, expertID: Expert.ID? = nil, passwordHash: String,
        isActive: Bool = true, createdAt: Date
    ) {
        self.id = id
        self.username = username
        self.displayName = displayName
        self.role = role
        self.expertID = expertID
        self.passwordHash = passwordHash
        self.isActive = isActive
        self.createdAt = createdAt
    }

    public func validate() throws(DomainError) {
        try FieldBounds.checkText(username, record: "the user", field: "username")
        try FieldBounds.checkText(displayName, record: "user \(username)", field: "display_name")
        if (role == .expert) != (expertID != nil) {
            throw .invalid(record: "user \(username)", field: "expert_id", reason: "an expert user is linked to exactly one expert, and only an expert user is")
        }
    }
}

extension User {
    /// What others may see of a user: everything but the password hash. Used in answers and audit events.
    public struct Profile: Hashable, Sendable, Codable {
        public var id: ID
        public var username: String
        public var displayName: String
        public var role: Role
        public var expertID: Expert.ID?
        public var isActive: Bool
        public var createdAt: Date
    }

    public var profile: Profile {
        Profile(id: id, username: username, displayName: displayName, role: role, expertID: expertID, isActive: isActive, createdAt: createdAt)
    }
}
