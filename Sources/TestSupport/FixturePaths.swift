import Foundation

/// Where the repository's fixtures are, found from this source file so tests run from any directory.
public enum FixturePaths {
    /// The directory holding Package.swift and Fixtures/.
    public static let repositoryRoot: URL = locateRoot(from: URL(fileURLWithPath: #filePath))

    /// The Xigang data set, `Fixtures/xigang`.
    public static var xigang: URL { repositoryRoot.appendingPathComponent("Fixtures/xigang", isDirectory: true) }

    /// Walks up from `file` until a directory holds both Package.swift and Fixtures/.
    static func locateRoot(from file: URL) -> URL {
        let files = FileManager.default
        var directory = file.deletingLastPathComponent()
        while directory.path != "/" {
            var isDirectory: ObjCBool = false
            let hasFixtures = files.fileExists(
                atPath: directory.appendingPathComponent("Fixtures").path, isDirectory: &isDirectory) && isDirectory.boolValue
            if hasFixtures && files.fileExists(atPath: directory.appendingPathComponent("Package.swift").path) {
                return directory
            }
            directory = directory.deletingLastPathComponent()
        }
        preconditionFailure("No directory above \(file.path) holds both Package.swift and Fixtures/.")
    }
}
