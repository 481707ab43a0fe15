/// Turns the HTML that Ink renders from Markdown into Folio blocks and inline runs.
///
/// Iterative with an explicit element stack bounded at `maxDepth`, so deeply nested input cannot
/// exhaust the call stack; tags beyond the bound are ignored while their text is kept.
struct HTMLBlockBuilder {
    static let maxDepth = 64
    static let bullets = ["•", "◦", "▪"]

    private enum Element {
        case block(String)
        case heading(Int)
        case list(ordered: Bool, next: Int)
        case listItem
        case inline(String, InlineRun.Style, start: Int)
        case link(href: String, start: Int)
        case skipped(String)
        case other(String)

        var name: String {
            switch self {
            case .block(let name), .inline(let name, _, _), .skipped(let name), .other(let name): return name
            case .heading(let level): return "h\(level)"
            case .list(let ordered, _): return ordered ? "ol" : "ul"
            case .listItem: return "li"
            case .link: return "a"
            }
        }
    }

    private var stack: [Element] = []
    private var blocks: [Block] = []
    private var text = String.UnicodeScalarView()
    private var count = 0
    private var runs: [InlineRun] = []
    private var pendingSpace = false
    private var pendingMarker: String?
    private var kind: Block.Kind?

    static func blocks(fromHTML html: String) -> [Block] {
        var builder = HTMLBlockBuilder()
        for token in HTMLTokenizer.tokens(in: html) {
            builder.consume(token)
        }
        builder.flush()
        return builder.blocks
    }

    private var inPre: Bool { stack.contains { $0.name == "pre" } }
    private var isSkipping: Bool { stack.contains { if case .skipped = $0 { return true } else { return false } } }

    private mutating func consume(_ token: HTMLTokenizer.Token) {
        switch token {
        case .text(let string):
            if !isSkipping { append(string) }
        case .open(let name, let attributes):
            open(name, attributes: attributes)
        case .close(let name):
            close(name)
        }
    }

    private mutating func open(_ name: String, attributes: [String: String]) {
        switch name {
        case "br":
            if inPre { append("\n") } else { pendingSpace = count > 0 }
            return
        case "hr":
            flush()
            blocks.append(Block(kind: .rule, text: ""))
            return
        case "img":
            let alt = attributes["alt"].map { $0.isEmpty ? "" : ": " + $0 } ?? ""
            append("[image\(alt)]")
            return
        case "td", "th":
            if count > 0 { append(" | ") }
        default:
            break
        }
        guard stack.count < Self.maxDepth else { return }
        if ["em", "i", "cite", "strong", "b", "code", "kbd", "samp", "tt", "del", "s", "strike", "a"].contains(name) {
            commitPendingSpace()
        }
        switch name {
        case "p", "div", "blockquote", "pre", "table", "tr", "section", "article", "header", "footer",
             "figure", "figcaption", "dl", "dt", "dd", "details", "summary", "aside", "main", "nav":
            flush()
            stack.append(.block(name))
        case "h1", "h2", "h3", "h4", "h5", "h6":
            flush()
            stack.append(.heading(Int(String(name.dropFirst())) ?? 1))
        case "ul", "ol":
            flush()
            let first = Int(attributes["start"] ?? "") ?? 1
            stack.append(.list(ordered: name == "ol", next: first))
        case "li":
            flush()
            pendingMarker = nextMarker()
            stack.append(.listItem)
        case "em", "i", "cite":
            stack.append(.inline(name, .emphasis, start: count))
        case "strong", "b":
            stack.append(.inline(name, .strong, start: count))
        case "code", "kbd", "samp", "tt":
            stack.append(inPre ? .other(name) : .inline(name, .code, start: count))
        case "del", "s", "strike":
            stack.append(.inline(name, .strikethrough, start: count))
        case "a":
            stack.append(.link(href: attributes["href"] ?? "", start: count))
        case "script", "style", "head", "template":
            stack.append(.skipped(name))
        default:
            stack.append(.other(name))
        }
    }

    /// Takes the next number (or bullet) from the innermost list.
    private mutating func nextMarker() -> String {
        guard let index = stack.lastIndex(where: { if case .list = $0 { return true } else { return false } }),
              case .list(let ordered, let next) = stack[index] else { return Self.bullets[0] }
        stack[index] = .list(ordered: ordered, next: next + 1)
        return ordered ? "\(next)." : Self.bullets[min(listDepth - 1, Self.bullets.count - 1)]
    }

    private var listDepth: Int {
        stack.reduce(0) { depth, element in
            if case .list = element { return depth + 1 } else { return depth }
        }
    }

    private mutating func close(_ name: String) {
        guard let index = stack.lastIndex(where: { $0.name == name }) else { return }
        while stack.count > index {
            let element = stack.removeLast()
            finish(element)
        }
    }

    private mutating func finish(_ element: Element) {
        switch element {
        case .inline(_, let style, let start):
            if count > start { runs.append(InlineRun(range: start..<count, style: style)) }
        case .link(let href, let start):
            guard count > start else { return }
            runs.append(InlineRun(range: start..<count, style: .link))
            let label = String(String.UnicodeScalarView(text.suffix(count - start)))
            if !href.isEmpty, href != label, "mailto:" + label != href {
                append(" (")
                let urlStart = count
                append(href)
                runs.append(InlineRun(range: urlStart..<count, style: .linkURL))
                append(")")
            }
        case .block, .heading, .list, .listItem:
            flush()
        case .skipped, .other:
            break
        }
    }

    /// The kind a block gets from where it starts: code, heading, list item, quote or paragraph.
    private mutating func currentKind() -> Block.Kind {
        if inPre { return .code }
        for element in stack.reversed() {
            switch element {
            case .heading(let level): return .heading(level: level)
            case .listItem:
                let marker = pendingMarker ?? ""
                pendingMarker = ""
                return .listItem(marker: marker, depth: max(0, listDepth - 1))
            case .block("blockquote"): return .blockQuote
            default: continue
            }
        }
        return .paragraph
    }

    private mutating func append(_ string: String) {
        let preformatted = inPre
        for scalar in string.unicodeScalars {
            if !preformatted, Self.isCollapsibleSpace(scalar) {
                pendingSpace = count > 0
                continue
            }
            if kind == nil { kind = currentKind() }
            commitPendingSpace()
            text.append(scalar)
            count += 1
        }
    }

    /// Writes a space held back between words, so a style opening after it starts at the word.
    /// Whitespace other than a no-break space, with an ASCII fast path (this runs on every scalar).
    @inline(__always)
    static func isCollapsibleSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar.value == 0x20 || scalar.value >= 0x09 && scalar.value <= 0x0D }
        return scalar != "\u{00A0}" && scalar.properties.isWhitespace
    }

    private mutating func commitPendingSpace() {
        guard pendingSpace else { return }
        if kind == nil { kind = currentKind() }
        text.append(" ")
        count += 1
        pendingSpace = false
    }

    /// Ends the current block; inline styles still open continue into the next one.
    private mutating func flush() {
        defer {
            text = String.UnicodeScalarView()
            count = 0
            runs = []
            pendingSpace = false
            kind = nil
        }
        while let last = text.last, last == "\n" || last == " " {
            text.removeLast()
            count -= 1
        }
        guard let kind, count > 0 else { return }
        for index in stack.indices {
            switch stack[index] {
            case .inline(let name, let style, let start):
                if count > start { runs.append(InlineRun(range: start..<count, style: style)) }
                stack[index] = .inline(name, style, start: 0)
            case .link(let href, _):
                stack[index] = .link(href: href, start: 0)
            default:
                break
            }
        }
        let clamped = runs.compactMap { run -> InlineRun? in
            let range = run.range.clamped(to: 0..<count)
            return range.isEmpty ? nil : InlineRun(range: range, style: run.style)
        }
        blocks.append(Block(kind: kind, text: String(text), runs: clamped.sorted { $0.range.lowerBound < $1.range.lowerBound }))
    }
}
