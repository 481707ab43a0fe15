import FolioCore

/// The styles laid over the reader's text for one frame, by scalar range of `Article.text`:
/// highlights in their colors, then the cursor's unit, then the selection, the later winning.
struct ReaderOverlay {
    private var layers: [(range: Range<Int>, role: Role, attributes: Attributes)] = []

    /// Only highlights and matches on screen become layers: each line is checked against every
    /// layer, and a long article can have thousands of highlights.
    init(state: AppState) {
        guard let visible = state.visibleTextRange() else { return }
        for annotation in state.openAnnotations where !annotation.isOrphaned {
            let range = annotation.anchor.position.start..<annotation.anchor.position.end
            if range.overlaps(visible) { layers.append((range, annotation.color.role, [])) }
        }
        for range in state.searchMatches(in: visible) { layers.append((range, .searchMatch, [])) }
        if let cursor = state.cursor { layers.append((cursor.range, .cursor, .underline)) }
        if let selection = state.selection { layers.append((selection.range, .selection, [])) }
    }

    /// The line's spans split where an overlay starts or ends, each piece in its final style.
    func restyled(_ line: WrappedLine, segmentStart: Int) -> [StyledSpan] {
        let lineRange = (segmentStart + line.range.lowerBound)..<(segmentStart + line.range.upperBound)
        let active = layers.filter { $0.range.overlaps(lineRange) }
        guard !active.isEmpty, !line.offsets.isEmpty else { return line.spans }
        var spans: [StyledSpan] = []
        var index = 0
        for span in line.spans {
            for character in span.text {
                var style = span.style
                if index < line.offsets.count {
                    let offset = segmentStart + line.offsets[index]
                    for layer in active where layer.range.contains(offset) {
                        style.role = layer.role
                        style.attributes.formUnion(layer.attributes)
                    }
                }
                index += 1
                if let last = spans.last, last.style == style {
                    spans[spans.count - 1].text.append(character)
                } else {
                    spans.append(StyledSpan(String(character), style))
                }
            }
        }
        return spans
    }
}
