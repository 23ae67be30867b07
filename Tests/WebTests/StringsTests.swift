import Foundation
import Testing
import TestSupport
@testable import Web

/// Every label is in both languages, and every label a template asks for exists.
@Suite struct StringsTests {
    @Test func chineseAndEnglishHaveTheSameLabels() {
        let zh = Set(Strings.zh.keys), en = Set(Strings.en.keys)
        #expect(zh.subtracting(en).isEmpty, "only in Chinese: \(zh.subtracting(en).sorted())")
        #expect(en.subtracting(zh).isEmpty, "only in English: \(en.subtracting(zh).sorted())")
        #expect(Strings.zh.values.allSatisfy { !$0.isEmpty } && Strings.en.values.allSatisfy { !$0.isEmpty })
    }

    @Test func everyLabelATemplateUsesExists() throws {
        let directory = FixturePaths.repositoryRoot.appendingPathComponent("Sources/Web/Templates")
        let pattern = try Regex(#"\{\{[#^/]?t\.([A-Za-z0-9_.]+)\}\}"#)
        var used: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".mustache") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) { used.insert(String(text[match.output[1].range!])) }
        }
        #expect(used.count > 50)
        #expect(used.subtracting(Strings.en.keys).isEmpty, "missing: \(used.subtracting(Strings.en.keys).sorted())")
    }

    /// The sentences the page code names (`Strings.text("key", …)`, `t["key"]`, `reason(…, or: "key")`) exist too;
    /// a missing one would show its key to the reader.
    @Test func everySentenceThePageCodeNamesExists() throws {
        let directory = FixturePaths.repositoryRoot.appendingPathComponent("Sources/Web/Pages")
        // A literal key: `t["key"]`, `Strings.table(…)["key"]`, `Strings.text("key", …)`, `reason(…, or: "key")`,
        // `refuse("key", …)`, `label: "key"`; keys built at run time (`t["done" + …]`) are checked by the pages' own tests.
        let pattern = try Regex(#"(?:\bt\[|\)\[|Strings\.text\(|, or: |refuse\(|label: )"([A-Za-z0-9_]+)"[\],)]"#)
        var used: Set<String> = []
        for file in try FileManager.default.contentsOfDirectory(atPath: directory.path) where file.hasSuffix(".swift") {
            let text = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            for match in text.matches(of: pattern) { used.insert(String(text[match.output[1].range!])) }
        }
        #expect(used.isSuperset(of: ["formExpired", "overrideNeedsReason", "fieldRequired", "noSuchPage", "loadChart"]), "\(used.sorted())")
        #expect(used.subtracting(Strings.en.keys).isEmpty, "missing: \(used.subtracting(Strings.en.keys).sorted())")
    }
}

@Suite struct SVGChartTests {
    @Test func barsScaleToTheLargestValueAndEscapeTheirLabels() {
        let svg = SVGChart.bars(title: "A & B", labels: ["<0>", "1"], series: [.init(name: "x\"y", values: [2, 4], colour: "#000")])
        #expect(svg.hasPrefix("<svg") && svg.hasSuffix("</svg>"))
        #expect(svg.contains("A &amp; B") && svg.contains("&lt;0&gt;") && svg.contains("x&quot;y") && !svg.contains("<0>"))
        let heights = svg.matches(of: #/height="([0-9.]+)" fill="#000"><title>/#).map { Double($0.output.1)! }
        #expect(heights.count == 2 && abs(heights[1] - 2 * heights[0]) < 0.2)
    }

    @Test func aLegendTooLongForOneRowWrapsAndTheChartGrows() {
        let series = (0..<6).map { SVGChart.Series(name: "area \($0)", values: [1, 2], colour: "#000") }
        let one = SVGChart.lines(title: "t", labels: ["a", "b"], series: Array(series.prefix(1)))
        let six = SVGChart.lines(title: "t", labels: ["a", "b"], series: series)
        #expect(one.contains(#"viewBox="0 0 360 240""#))
        #expect(six.contains(#"viewBox="0 0 360 272""#) && six.components(separatedBy: #"font-size="11">area "#).count - 1 == 6)
    }
}
