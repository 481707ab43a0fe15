/// A centred box listing the key bindings that can work in the focused pane, grouped by where
/// they apply, built from the same table the key map uses. Bindings of a group with the same
/// help share a line. Two columns when there is room, so it fits an 80x24 terminal.
struct HelpOverlay {
    var bindings: [KeyBinding]
    var focus: Pane
    var glyphs: GlyphSet

    private enum Line {
        case title(String)
        case binding(keys: String, help: String)
        case blank

        var keysWidth: Int {
            if case .binding(let keys, _) = self { return CellWidth.of(keys) }
            return 0
        }
    }

    func render(into buffer: inout ScreenBuffer, area: Rect) {
        let twoColumns = area.width >= 76
        let boxWidth = min(area.width - 2, twoColumns ? 78 : 44)
        guard boxWidth >= 12, area.height >= 4 else { return }
        let columnWidth = twoColumns ? (boxWidth - 4 - 3) / 2 : boxWidth - 4
        let groups = KeyContext.allCases.filter { $0.isShown(for: focus) }.compactMap { context -> [Line]? in
            let entries = HelpOverlay.merged(bindings.filter { $0.context == context })
            guard !entries.isEmpty else { return nil }
            return [.title(context.title)] + entries.map { .binding(keys: $0.keys, help: $0.help) }
        }
        let columns = twoColumns ? HelpOverlay.balance(groups) : [HelpOverlay.join(groups)]
        let contentHeight = columns.map(\.count).max() ?? 0
        let boxHeight = min(area.height, contentHeight + 2)
        let box = Rect(x: area.x + (area.width - boxWidth) / 2, y: area.y + (area.height - boxHeight) / 2,
                       width: boxWidth, height: boxHeight)
        buffer.fill(box, style: Style(.helpOverlay))
        PaneFrame(title: "Help — any key closes", focused: true, glyphs: glyphs).render(into: &buffer, area: box)
        let inner = box.inset(by: 1)
        for (number, column) in columns.enumerated() {
            let x = inner.x + 1 + number * (columnWidth + 3)
            let keyColumn = min(columnWidth / 2, column.map(\.keysWidth).max() ?? 0)
            for (row, line) in column.prefix(inner.height).enumerated() {
                let y = inner.y + row
                if row == inner.height - 1, column.count > inner.height {
                    buffer.write(glyphs.ellipsis, x: x, y: y, style: Style(.helpOverlay, .dim))
                    continue
                }
                switch line {
                case .title(let title):
                    buffer.write(TextFit.truncate(title, to: columnWidth, glyphs: glyphs), x: x, y: y, style: Style(.helpOverlay, .bold))
                case .binding(let keys, let help):
                    let text = TextFit.pad(keys, to: keyColumn, glyphs: glyphs) + "  " + help
                    buffer.write(TextFit.truncate(text, to: columnWidth, glyphs: glyphs), x: x, y: y, style: Style(.helpOverlay))
                case .blank:
                    break
                }
            }
        }
    }

    /// One line per help text, its keys in table order.
    private static func merged(_ bindings: [KeyBinding]) -> [(keys: String, help: String)] {
        var lines: [(keys: String, help: String)] = []
        for binding in bindings {
            if let index = lines.firstIndex(where: { $0.help == binding.help }) {
                lines[index].keys += ", " + binding.keysDescription
            } else {
                lines.append((binding.keysDescription, binding.help))
            }
        }
        return lines
    }

    /// Groups one after another with a blank line between.
    private static func join(_ groups: [[Line]]) -> [Line] {
        var lines: [Line] = []
        for group in groups {
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(contentsOf: group)
        }
        return lines
    }

    /// Splits whole groups into two columns, choosing the split that makes the taller one shortest.
    private static func balance(_ groups: [[Line]]) -> [[Line]] {
        let splits = (0...groups.count).map { split in
            [join(Array(groups[..<split])), join(Array(groups[split...]))]
        }
        return splits.min { max($0[0].count, $0[1].count) < max($1[0].count, $1[1].count) } ?? [join(groups)]
    }
}
