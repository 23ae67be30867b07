import ArgumentParser
import Foundation

/// Finds `Fixtures/xigang` from any working directory: `FENGQIAO_FIXTURES`, then beside the executable's
/// checkout (`.build/<config>/fengqiao`), then the checkout this file was compiled from, then the working directory.
enum FixtureDirectory {
    static func xigang() throws -> URL {
        let environment = ProcessInfo.processInfo.environment
        var candidates: [URL] = []
        if let explicit = environment["FENGQIAO_FIXTURES"] { candidates.append(URL(fileURLWithPath: explicit)) }
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
        candidates += ancestors(of: executable).map { $0.appendingPathComponent("Fixtures/xigang") }
        candidates += ancestors(of: URL(fileURLWithPath: #filePath)).map { $0.appendingPathComponent("Fixtures/xigang") }
        candidates.append(URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("Fixtures/xigang"))
        for candidate in candidates
        where FileManager.default.fileExists(atPath: candidate.appendingPathComponent("dataset.json").path) {
            return candidate
        }
        throw ValidationError("The Xigang fixtures were not found. Set FENGQIAO_FIXTURES to the Fixtures/xigang directory of a Fengqiao checkout.")
    }

    private static func ancestors(of url: URL) -> [URL] {
        var result: [URL] = []
        var current = url.deletingLastPathComponent()
        while current.path != "/" && !current.path.isEmpty {
            result.append(current)
            current = current.deletingLastPathComponent()
        }
        return result
    }
}
