import Domain
import Foundation

/// `dataset.json` of a fixture directory: which generator run made it and the day it describes as today.
public struct DatasetManifest: Codable, Sendable, Equatable {
    public var name: String
    public var seed: UInt64
    public var scale: Int
    public var asOf: CalendarDay

    public init(name: String, seed: UInt64, scale: Int, asOf: CalendarDay) {
        self.name = name
        self.seed = seed
        self.scale = scale
        self.asOf = asOf
    }

    public static let fileName = "dataset.json"

    public var label: String { "\(name) seed \(seed) scale \(scale) as of \(asOf)" }

    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try! encoder.encode(self), as: UTF8.self) + "\n"
    }

    public static func read(directory: URL) throws -> DatasetManifest {
        let url = directory.appendingPathComponent(fileName)
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        do {
            return try decoder.decode(DatasetManifest.self, from: Data(contentsOf: url))
        } catch {
            throw ImportError(file: url.path, line: 1, column: nil, reason: "the manifest cannot be read (\(error))")
        }
    }
}

extension XigangGenerator {
    /// The generated data set as the files of a fixture directory, by file name.
    public func files() -> [String: String] {
        var files = CSVExporter.files(of: generate())
        files[DatasetManifest.fileName] = DatasetManifest(
            name: "xigang", seed: options.seed, scale: options.scale, asOf: options.asOf
        ).encoded()
        return files
    }

    /// Writes the fixture files into `directory`, creating it if needed.
    public func write(to directory: URL) throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        for (name, text) in files() {
            try Data(text.utf8).write(to: directory.appendingPathComponent(name), options: .atomic)
        }
    }
}
