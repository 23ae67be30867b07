import Domain
import Foundation

extension User {
    /// A bcrypt-shaped hash that matches no password, for users whose login a test does not exercise.
    public static let placeholderPasswordHash = "$2b$12$" + String(repeating: "x", count: 53)

    /// A user; by default the active coordinator `coordinator`, created at `TestTime.now`.
    /// Give `role: .expert` an `expertID`. Override any field.
    public static func fixture(
        id: User.ID = "U-0001", username: String = "coordinator", displayName: String = "协调员",
        role: Role = .coordinator, expertID: Expert.ID? = nil, passwordHash: String = placeholderPasswordHash,
        isActive: Bool = true, createdAt: Date = TestTime.now
    ) -> User {
        User(
            id: id, username: username, displayName: displayName, role: role, expertID: expertID,
            passwordHash: passwordHash, isActive: isActive, createdAt: createdAt)
    }
}
