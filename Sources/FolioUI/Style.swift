/// What a cell is, by meaning rather than by color; a theme maps each role to colors.
public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
    case normal
    case border
    case borderFocused
    case paneTitle
    case paneTitleFocused
    case listRow
    case listRowSelected
    case listRowDetail
    case readerText
    case title
    case heading
    case blockQuote
    case code
    case link
    case quotation
    case cursor
    /// Text being selected in visual mode.
    case selection
    case highlight1, highlight2, highlight3, highlight4, highlight5
    case sidebar
    case speaker
    case dim
    case statusLine
    case helpOverlay
    case searchMatch
    case warning
    case placeholder
}

/// Text attributes a theme or a view can add to a role.
public struct Attributes: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let dim = Attributes(rawValue: 1 << 1)
    public static let italic = Attributes(rawValue: 1 << 2)
    public static let underline = Attributes(rawValue: 1 << 3)
    public static let reverse = Attributes(rawValue: 1 << 4)
}

/// The look of one cell: its role plus any attributes the view adds (emphasis in text, say).
public struct Style: Sendable, Hashable {
    public var role: Role
    public var attributes: Attributes

    public init(_ role: Role, _ attributes: Attributes = []) {
        self.role = role
        self.attributes = attributes
    }

    public static let normal = Style(.normal)
}
