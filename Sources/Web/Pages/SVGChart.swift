import Foundation

/// Small, self-contained SVG charts for the pages: drawn on the server, so they need no JavaScript, read on
/// any screen (they scale to their box) and carry their numbers as text for screen readers.
enum SVGChart {
    struct Series {
        var name: String
        var values: [Double]
        var colour: String
    }

    static let palette = ["#1f5fa8", "#e07b39", "#2e9d63", "#8e59b3", "#c23b4e", "#6f7d8c"]

    /// Grouped vertical bars: one group per label, one bar per series.
    static func bars(title: String, labels: [String], series: [Series], height: Int = 220) -> String {
        let width = max(320, labels.count * (series.count * 14 + 10) + 60)
        let top = max(1, series.flatMap(\.values).max() ?? 1)
        let plotHeight = Double(height - 50), left = 40.0
        let groupWidth = (Double(width) - left - 10) / Double(max(1, labels.count))
        let barWidth = max(2, (groupWidth - 6) / Double(max(1, series.count)))
        var shapes: [String] = [axes(width: width, height: height, left: left, top: top, plotHeight: plotHeight)]
        for (index, label) in labels.enumerated() {
            let x0 = left + Double(index) * groupWidth + 3
            for (k, line) in series.enumerated() where index < line.values.count {
                let value = line.values[index], barHeight = value / top * plotHeight
                shapes.append(#"<rect x="\#(f(x0 + Double(k) * barWidth))" y="\#(f(10 + plotHeight - barHeight))" width="\#(f(barWidth - 1))" height="\#(f(barHeight))" fill="\#(line.colour)"><title>\#(escape(line.name)) · \#(escape(label)): \#(number(value))</title></rect>"#)
            }
            if labels.count <= 24 || index % max(1, labels.count / 12) == 0 {
                shapes.append(#"<text x="\#(f(x0 + groupWidth / 2 - 3))" y="\#(height - 26)" font-size="10" text-anchor="middle">\#(escape(label))</text>"#)
            }
        }
        return svg(title: title, width: width, height: height, body: shapes, legend: series)
    }

    /// One line per series over the labels (months, say).
    static func lines(title: String, labels: [String], series: [Series], height: Int = 240) -> String {
        let width = max(360, labels.count * 40 + 60)
        let top = max(1, series.flatMap(\.values).max() ?? 1)
        let plotHeight = Double(height - 50), left = 40.0
        let step = (Double(width) - left - 20) / Double(max(1, labels.count - 1))
        var shapes: [String] = [axes(width: width, height: height, left: left, top: top, plotHeight: plotHeight)]
        for line in series {
            let points = line.values.enumerated().map { index, value in
                "\(f(left + Double(index) * step)),\(f(10 + plotHeight - value / top * plotHeight))"
            }
            shapes.append(#"<polyline fill="none" stroke="\#(line.colour)" stroke-width="2" points="\#(points.joined(separator: " "))"><title>\#(escape(line.name))</title></polyline>"#)
        }
        for (index, label) in labels.enumerated() where labels.count <= 12 || index % 2 == 0 {
            shapes.append(#"<text x="\#(f(left + Double(index) * step))" y="\#(height - 26)" font-size="10" text-anchor="middle">\#(escape(label))</text>"#)
        }
        return svg(title: title, width: width, height: height, body: shapes, legend: series)
    }

    private static func axes(width: Int, height: Int, left: Double, top: Double, plotHeight: Double) -> String {
        """
        <line x1="\(f(left))" y1="10" x2="\(f(left))" y2="\(f(10 + plotHeight))" stroke="#8a94a3"/>\
        <line x1="\(f(left))" y1="\(f(10 + plotHeight))" x2="\(width - 10)" y2="\(f(10 + plotHeight))" stroke="#8a94a3"/>\
        <text x="\(f(left - 4))" y="14" font-size="10" text-anchor="end">\(number(top))</text>\
        <text x="\(f(left - 4))" y="\(f(10 + plotHeight))" font-size="10" text-anchor="end">0</text>
        """
    }

    /// The chart with its legend below, as many rows as the names need.
    private static func svg(title: String, width: Int, height: Int, body: [String], legend series: [Series]) -> String {
        let perRow = max(1, (width - 40) / 150)
        let rows = (series.count + perRow - 1) / perRow
        let legend = series.enumerated().flatMap { index, line -> [String] in
            let x = 40 + index % perRow * 150, y = height - 8 + index / perRow * 16
            return [#"<rect x="\#(x)" y="\#(y - 9)" width="10" height="10" fill="\#(line.colour)"/>"#,
                #"<text x="\#(x + 14)" y="\#(y)" font-size="11">\#(escape(line.name))</text>"#]
        }
        let fullHeight = height + max(0, rows - 1) * 16
        return #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \#(width) \#(fullHeight)" role="img" aria-label="\#(escape(title))"><title>\#(escape(title))</title>"#
            + (body + legend).joined() + "</svg>"
    }

    /// Text made safe inside SVG markup.
    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    private static func f(_ value: Double) -> String { String(format: "%.1f", value) }
    private static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
    }
}
